-- Search speed (see server/queries/search.ts). After a bulk seed, seed() merges the GIN
-- index's pending list and gathers statistics (PGlite runs no autovacuum to do either).

-- A counter bumped by every change to what search results are made of (not by view counts),
-- so cached facet counts and result orders are checked against it in the same statement that
-- reads a page; several server copies on one PostgreSQL server stay in step.
CREATE TABLE search_state (
  id integer PRIMARY KEY CHECK (id = 1),
  generation bigint NOT NULL
);
INSERT INTO search_state (id, generation) VALUES (1, 0);

CREATE FUNCTION casekit_bump_search_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE search_state SET generation = generation + 1 WHERE id = 1; RETURN NULL; END $$;

CREATE TRIGGER cases_search_generation
  AFTER INSERT OR DELETE OR TRUNCATE
     OR UPDATE OF id, status, kind, title, subtitle, municipalities, organisation, intervention_type, economy_bracket,
                  evaluated, target_groups, themes, keywords, prevention_packages, tags_text, body_text, created_at
  ON cases FOR EACH STATEMENT EXECUTE FUNCTION casekit_bump_search_generation();
