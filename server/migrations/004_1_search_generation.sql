-- Search results are made of published cases only, so a submission held as pending (or a pending
-- case rejected) must not invalidate every cached search: the generation moves only when a
-- published case is added, changed, unpublished or removed.
DROP TRIGGER cases_search_generation ON cases;

CREATE FUNCTION casekit_bump_search_generation_if_published() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM new_cases WHERE status = 'published') THEN UPDATE search_state SET generation = generation + 1 WHERE id = 1; END IF; RETURN NULL; END $$;

CREATE TRIGGER cases_search_generation_insert
  AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION casekit_bump_search_generation_if_published();

CREATE TRIGGER cases_search_generation_update
  AFTER UPDATE OF id, status, kind, title, subtitle, municipalities, organisation, intervention_type, economy_bracket,
                  evaluated, target_groups, themes, keywords, prevention_packages, tags_text, body_text, created_at
  ON cases FOR EACH ROW WHEN (OLD.status = 'published' OR NEW.status = 'published')
  EXECUTE FUNCTION casekit_bump_search_generation();

CREATE TRIGGER cases_search_generation_delete
  AFTER DELETE OR TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION casekit_bump_search_generation();
