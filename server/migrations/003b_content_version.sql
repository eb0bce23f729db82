-- One version number for everything a public read shows (cases, their comments and ratings,
-- view counts included), bumped by any change. A public read's ETag is this version (plus a hash
-- of the request's URL and the headers its body depends on), so a revalidation (If-None-Match)
-- is answered with 304 after one primary-key read, without the page's queries — and every
-- instance on the database agrees on it.
CREATE TABLE content_state (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO content_state (id, version) VALUES (1, 1);

CREATE FUNCTION casekit_bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE content_state SET version = version + 1 WHERE id = 1; RETURN NULL; END $$;

CREATE TRIGGER cases_content_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION casekit_bump_content_version();
CREATE TRIGGER comments_content_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON comments FOR EACH STATEMENT EXECUTE FUNCTION casekit_bump_content_version();
CREATE TRIGGER votes_content_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON votes FOR EACH STATEMENT EXECUTE FUNCTION casekit_bump_content_version();
