-- The same case sent twice (a double click, a resent form) is stored once: a pending case is
-- known by a hash of its content.
ALTER TABLE cases ADD COLUMN content_hash text;
CREATE UNIQUE INDEX cases_pending_content ON cases (content_hash) WHERE status = 'pending';

-- One confirmation mail per address and case until its link expires.
ALTER TABLE followers ADD COLUMN confirm_sent_at timestamptz;
UPDATE followers SET confirm_sent_at = created_at WHERE status = 'pending';
-- The per-recipient cap counts the confirmation mails an address got lately.
CREATE INDEX outbox_recipient ON outbox (recipient, created_at);

-- A vote is one per token and, best effort, one per address and day (a salted hash, see ratings.ts).
ALTER TABLE votes ADD COLUMN address_hash text;
CREATE INDEX votes_address ON votes (case_id, question, address_hash);

-- Idempotency-Key: the first answer to a write, kept a day and given again for the same key.
CREATE TABLE idempotency_keys (
  key_hash text PRIMARY KEY,
  request_hash text NOT NULL,
  status integer,
  headers text,
  body text,
  created_at timestamptz NOT NULL DEFAULT now()
);
