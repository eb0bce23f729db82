-- Cases: the columns the API filters, sorts and facets on are real columns;
-- the rest of a case's structured text lives in `content` (jsonb).
CREATE TABLE cases (
  id text PRIMARY KEY,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
  generated boolean NOT NULL DEFAULT false,
  kind text NOT NULL DEFAULT 'case' CHECK (kind IN ('case', 'artikel', 'abstract')),
  title text NOT NULL,
  subtitle text,
  municipalities text[] NOT NULL DEFAULT '{}',
  organisation text,
  intervention_type text CHECK (intervention_type IN ('projekt', 'permanent')),
  economy_bracket text,
  evaluated boolean,
  target_groups text[] NOT NULL DEFAULT '{}',
  themes text[] NOT NULL DEFAULT '{}',
  keywords text[] NOT NULL DEFAULT '{}',
  prevention_packages text[] NOT NULL DEFAULT '{}',
  excerpt text,
  content jsonb NOT NULL DEFAULT '{}',
  -- Kept by the application (array_to_string is not immutable, so it cannot feed a generated column).
  tags_text text NOT NULL DEFAULT '',
  body_text text NOT NULL DEFAULT '',
  -- Danish stems for matching whole words; 'simple' (unstemmed) tokens so a half-typed last word still matches as a prefix.
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', title), 'A')
    || setweight(to_tsvector('danish', coalesce(subtitle, '') || ' ' || tags_text), 'B')
    || setweight(to_tsvector('danish', body_text), 'C')
    || setweight(to_tsvector('simple', title || ' ' || tags_text || ' ' || body_text), 'D')
  ) STORED,
  submitter_email text,
  view_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX cases_search ON cases USING gin (search_vector);
CREATE INDEX cases_status_created ON cases (status, created_at DESC);

CREATE TABLE comments (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  parent_id text REFERENCES comments (id) ON DELETE CASCADE,
  author_name text NOT NULL,
  email text,
  body text NOT NULL,
  section text,
  status text NOT NULL CHECK (status IN ('pending', 'published', 'rejected', 'hidden')),
  author_token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX comments_case ON comments (case_id, status, created_at);
CREATE INDEX comments_status ON comments (status, created_at);

CREATE TABLE votes (
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  question text NOT NULL CHECK (question IN ('formaal', 'implementering')),
  token_hash text NOT NULL,
  value smallint NOT NULL CHECK (value BETWEEN 1 AND 4),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, question, token_hash)
);

CREATE TABLE followers (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  email text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
  confirm_token_hash text NOT NULL UNIQUE,
  -- Kept in clear: every notification carries it, and it can do nothing but unsubscribe.
  unsubscribe_token text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  UNIQUE (case_id, email)
);

-- Messages to send. Rows stay as the record of what was sent (sent_at) or why not (last_error).
CREATE TABLE outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  case_id text,
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);

-- Cookieless view counting: a visitor is a hash of (daily salt, IP, user agent, case); no raw IP is kept.
CREATE TABLE case_views (
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  visitor_hash text NOT NULL,
  counted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, visitor_hash)
);

CREATE TABLE view_salts (
  day date PRIMARY KEY,
  salt text NOT NULL
);
