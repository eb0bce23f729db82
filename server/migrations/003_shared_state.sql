-- State every API instance must agree on lives here, not in a process (see STYLE.md lesson 18).

-- Rate limits: one token bucket per (rule, key). The key is an HMAC of the client's address
-- (IPv6 by /64) or of another caller-chosen key; no address is stored. A bucket that has
-- refilled (full_at passed) means the same as no row, so such rows may be deleted at any time.
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  key text NOT NULL,
  tokens double precision NOT NULL,
  allowed boolean NOT NULL,
  updated_at timestamptz NOT NULL,
  full_at timestamptz NOT NULL,
  PRIMARY KEY (bucket, key)
);
CREATE INDEX rate_limits_full_at ON rate_limits (full_at);

-- Secrets all instances share, made once by whichever instance needs one first.
CREATE TABLE shared_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The outbox as a queue several senders share: a message is claimed with a lease
-- (locked_until/locked_by), retried with backoff (next_attempt_at) until it is sent or finally
-- failed (failed_at, shown to moderators). message_id is made once, so every attempt carries
-- the same Message-ID and a receiving system can tell a retry from a new message.
ALTER TABLE outbox ADD COLUMN lang text NOT NULL DEFAULT 'da' CHECK (lang IN ('da', 'en'));
ALTER TABLE outbox ADD COLUMN message_id text NOT NULL DEFAULT gen_random_uuid()::text;
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE outbox ADD COLUMN locked_until timestamptz;
ALTER TABLE outbox ADD COLUMN locked_by text;
ALTER TABLE outbox ADD COLUMN failed_at timestamptz;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_failed ON outbox (failed_at DESC) WHERE failed_at IS NOT NULL;

-- The language the reader used when following: their mails are written in it.
ALTER TABLE followers ADD COLUMN lang text NOT NULL DEFAULT 'da' CHECK (lang IN ('da', 'en'));
