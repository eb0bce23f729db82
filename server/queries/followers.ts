import type { Queryable } from '../db/db.js';

export interface OutboxMessage {
  kind: 'follow-confirmation' | 'new-comment' | 'case-rejected' | 'moderator-digest';
  /** The case it is about; none for the moderators' digest. */
  caseId: string | null;
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
 * Start (or restart) a follow. A confirmed follower stays confirmed; a pending one whose link
 * still works keeps it (a repeated request must not cancel the link in the mail already sent);
 * anyone else gets a new confirmation token. needsConfirmation: a new link was made, mail it.
 */
export async function upsertFollower(
  db: Queryable,
  f: { id: string; caseId: string; email: string; confirmTokenHash: string; unsubscribeToken: string; validHours: number },
): Promise<{ needsConfirmation: boolean; unsubscribeToken: string }> {
  const keep = `followers.status = 'confirmed'
    OR (followers.status = 'pending' AND followers.confirm_sent_at > now() - make_interval(hours => $6))`;
  const [row] = await db.query<{ status: string; unsubscribe_token: string; fresh: boolean }>(
    `INSERT INTO followers (id, case_id, email, status, confirm_token_hash, unsubscribe_token, confirm_sent_at)
     VALUES ($1, $2, $3, 'pending', $4, $5, now())
     ON CONFLICT (case_id, email) DO UPDATE SET
       status = CASE WHEN followers.status = 'confirmed' THEN 'confirmed' ELSE 'pending' END,
       confirm_token_hash = CASE WHEN ${keep} THEN followers.confirm_token_hash ELSE EXCLUDED.confirm_token_hash END,
       confirm_sent_at = CASE WHEN ${keep} THEN followers.confirm_sent_at ELSE now() END
     RETURNING status, unsubscribe_token, confirm_token_hash = $4 AS fresh`,
    [f.id, f.caseId, f.email, f.confirmTokenHash, f.unsubscribeToken, f.validHours],
  );
  return { needsConfirmation: row?.status === 'pending' && row.fresh, unsubscribeToken: row?.unsubscribe_token ?? f.unsubscribeToken };
}

/** Confirmation mails queued for an address in the last `hours`, over all cases. */
export async function recentConfirmations(db: Queryable, email: string, hours: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox WHERE recipient = $1 AND kind = 'follow-confirmation' AND created_at > now() - make_interval(hours => $2)`,
    [email, hours],
  );
  return row?.n ?? 0;
}

/** Whether a link's token is one that its button would accept (read only: opening a link changes nothing). */
export async function followerByToken(db: Queryable, action: 'confirm' | 'unsubscribe', token: string, validHours: number): Promise<boolean> {
  const rows =
    action === 'confirm'
      ? await db.query(
          `SELECT 1 FROM followers WHERE confirm_token_hash = $1
             AND (status = 'confirmed' OR (status = 'pending' AND confirm_sent_at > now() - make_interval(hours => $2)))`,
          [token, validHours],
        )
      : await db.query(`SELECT 1 FROM followers WHERE unsubscribe_token = $1`, [token]);
  return rows.length > 0;
}

/** Confirm by the link's token, while it is valid (an expired link confirms nothing). */
export async function confirmFollower(db: Queryable, tokenHash: string, validHours: number): Promise<string | null> {
  const [row] = await db.query<{ case_id: string }>(
    `UPDATE followers SET status = 'confirmed', confirmed_at = coalesce(confirmed_at, now())
     WHERE confirm_token_hash = $1
       AND (status = 'confirmed' OR (status = 'pending' AND confirm_sent_at > now() - make_interval(hours => $2)))
     RETURNING case_id`,
    [tokenHash, validHours],
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
