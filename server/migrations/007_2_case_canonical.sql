-- A case may name the municipality's own page about it (content.canonicalUrl): the case's page
-- on this server names it as canonical. It goes into every page's <head> and into og:url, so
-- the database refuses anything but an https address, whatever writes the row.
ALTER TABLE cases ADD CONSTRAINT cases_canonical_url_https
  CHECK (content->>'canonicalUrl' IS NULL OR content->>'canonicalUrl' ~ '^https://[^[:space:]]+$');
