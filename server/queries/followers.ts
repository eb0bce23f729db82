import type { Queryable } from '../db/db.js';

export interface OutboxMessage {
  kind: 'follow-confirmation' | 'new-comment';
  caseId: string;
  recipient: string;
  subject: string;
  body: string;
}

export async function enqueue(db: Queryable, m: OutboxMessage): Promise<void> {
  await db.query(`INSERT INTO outbox (kind, case_id, recipient, subject, body) VALUES ($1, $2, $3, $4, $5)`, [
    m.kind,
    m.caseId,
    m.recipient,
    m.subject,
    m.body,
  ]);
}

/**
 * Start (or restart) a follow. A confirmed follower stays confirmed; anyone else gets a new
 * confirmation token. Returns whether a confirmation message should be sent.
 */
export async function upsertFollower(
  db: Queryable,
  f: { id: string; caseId: string; email: string; confirmTokenHash: string; unsubscribeToken: string },
): Promise<{ needsConfirmation: boolean; unsubscribeToken: string }> {
  const [row] = await db.query<{ status: string; unsubscribe_token: string }>(
    `INSERT INTO followers (id, case_id, email, status, confirm_token_hash, unsubscribe_token)
     VALUES ($1, $2, $3, 'pending', $4, $5)
     ON CONFLICT (case_id, email) DO UPDATE SET
       status = CASE WHEN followers.status = 'confirmed' THEN 'confirmed' ELSE 'pending' END,
       confirm_token_hash = CASE WHEN followers.status = 'confirmed' THEN followers.confirm_token_hash
                                 ELSE EXCLUDED.confirm_token_hash END
     RETURNING status, unsubscribe_token`,
    [f.id, f.caseId, f.email, f.confirmTokenHash, f.unsubscribeToken],
  );
  return { needsConfirmation: row?.status !== 'confirmed', unsubscribeToken: row?.unsubscribe_token ?? f.unsubscribeToken };
}

export async function confirmFollower(db: Queryable, tokenHash: string): Promise<string | null> {
  const [row] = await db.query<{ case_id: string }>(
    `UPDATE followers SET status = 'confirmed', confirmed_at = coalesce(confirmed_at, now())
     WHERE confirm_token_hash = $1 AND status <> 'unsubscribed' RETURNING case_id`,
    [tokenHash],
  );
  return row?.case_id ?? null;
}

export async function unsubscribeFollower(db: Queryable, token: string): Promise<string | null> {
  const [row] = await db.query<{ case_id: string }>(
    `UPDATE followers SET status = 'unsubscribed' WHERE unsubscribe_token = $1 RETURNING case_id`,
    [token],
  );
  return row?.case_id ?? null;
}

export async function confirmedFollowers(db: Queryable, caseId: string) {
  return db.query<{ email: string; unsubscribe_token: string }>(
    `SELECT email, unsubscribe_token FROM followers WHERE case_id = $1 AND status = 'confirmed'`,
    [caseId],
  );
}

export async function unsentMessages(db: Queryable, limit: number) {
  return db.query<{ id: number; recipient: string; subject: string; body: string }>(
    `SELECT id, recipient, subject, body FROM outbox WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT $1`,
    [limit],
  );
}

export async function markMessage(db: Queryable, id: number, error: string | null) {
  await db.query(
    error === null
      ? `UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`
      : `UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`,
    error === null ? [id] : [id, error],
  );
}
