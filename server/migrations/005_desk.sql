-- The editorial desk (issue 16): named moderators, the audit log, versioned corrections,
-- vocabulary proposals, the submitter's language, and the schedule of desk jobs.

-- A moderator is a name and the SHA-256 of a random token (the token itself is shown once,
-- when the account is made). Revoking sets revoked_at; every request checks it, so it bites at once.
CREATE TABLE moderators (
  id text PRIMARY KEY,
  name text NOT NULL,
  email text,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Every decision: who, what, when, and the state before and after (only the fields that changed).
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  moderator_id text,
  moderator_name text NOT NULL,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text,
  before jsonb,
  after jsonb,
  reason text
);

CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);

-- The content of a case as it was before each correction (version n = the state replaced by n + 1).
CREATE TABLE case_versions (
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  version integer NOT NULL,
  snapshot jsonb NOT NULL,
  moderator_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, version)
);

ALTER TABLE cases ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN corrected_at timestamptz;
ALTER TABLE cases ADD COLUMN submitter_lang text NOT NULL DEFAULT 'da' CHECK (submitter_lang IN ('da', 'en'));
-- Themes and target groups a submitter proposed that the case bank does not use yet:
-- a moderator accepts each (it joins themes/target_groups) or maps it to a value in use.
ALTER TABLE cases ADD COLUMN proposed_themes text[] NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN proposed_target_groups text[] NOT NULL DEFAULT '{}';

-- When each periodic desk job (digest, purge) last ran; claimed with a conditional UPDATE,
-- so of several server copies only one runs it per period. seen_until: the newest waiting
-- item a digest has told about, so the next digest goes out only when something newer waits.
CREATE TABLE desk_jobs (
  name text PRIMARY KEY,
  last_run timestamptz NOT NULL,
  seen_until timestamptz NOT NULL DEFAULT now()
);
INSERT INTO desk_jobs (name, last_run) VALUES ('moderator-digest', now()), ('purge', '1970-01-01T00:00:00Z');
