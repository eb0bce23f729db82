import type { Queryable } from '../db/db.js';
import type { Lang } from '../http/problem.js';
import { oneLine, toCrlf } from './wire.js';

/**
 * The outbox: messages are written in the same transaction as what caused them, and sent later by
 * any instance (mail/sender.ts). Several instances share it as a queue: a message is claimed with a
 * lease (FOR UPDATE SKIP LOCKED), so exactly one instance sends it; a failure is retried with
 * exponential backoff until it is sent or, after MAIL_RETRY_HOURS, marked failed for moderators.
 */
export interface OutboxMessage {
  kind: 'follow-confirmation' | 'new-comment' | 'case-rejected' | 'moderator-digest';
  /** The case it is about; none for the moderators' digest. */
  caseId: string | null;
  recipient: string;
  subject: string;
  body: string;
  /** The reader's language (the one they followed in); the subject and body are already in it. */
  lang?: Lang;
}

/** Queue a message. The body is normalised to CRLF here, before it is stored (see wire.ts). */
export async function enqueue(db: Queryable, m: OutboxMessage): Promise<void> {
  await db.query(`INSERT INTO outbox (kind, case_id, recipient, subject, body, lang) VALUES ($1, $2, $3, $4, $5, $6)`, [
    m.kind,
    m.caseId,
    m.recipient,
    oneLine(m.subject),
    toCrlf(m.body),
    m.lang ?? 'da',
  ]);
}

export interface ClaimedMessage {
  id: number;
  recipient: string;
  subject: string;
  body: string;
  messageId: string;
  attempts: number;
  createdAt: Date;
}

/** Claim up to `limit` due messages for `worker` for `leaseSeconds`; another instance skips them. */
export async function claimDue(db: Queryable, worker: string, limit: number, leaseSeconds: number): Promise<ClaimedMessage[]> {
  const rows = await db.query<{ id: number | string; recipient: string; subject: string; body: string; message_id: string; attempts: number; created_at: Date | string }>(
    `UPDATE outbox o SET locked_until = now() + make_interval(secs => $3), locked_by = $2, attempts = o.attempts + 1
     FROM (SELECT id FROM outbox
           WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
             AND (locked_until IS NULL OR locked_until < now())
           ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) due
     WHERE o.id = due.id
     RETURNING o.id, o.recipient, o.subject, o.body, o.message_id, o.attempts, o.created_at`,
    [limit, worker, leaseSeconds],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    messageId: r.message_id,
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
  }));
}

export async function markSent(db: Queryable, id: number, worker: string): Promise<void> {
  await db.query(
    `UPDATE outbox SET sent_at = now(), locked_until = NULL, locked_by = NULL, last_error = NULL WHERE id = $1 AND locked_by = $2`,
    [id, worker],
  );
}

/** Give claimed messages back unsent (this instance is stopping). */
export async function releaseClaims(db: Queryable, ids: number[], worker: string): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE outbox SET locked_until = NULL, locked_by = NULL, attempts = greatest(0, attempts - 1) WHERE id = ANY($1::bigint[]) AND locked_by = $2`,
    [ids, worker],
  );
}

/**
 * Record a failed attempt: try again after `retryInSeconds`, or give up (`final`), which shows
 * the message to moderators (GET /moderation/mail).
 */
export async function markAttemptFailed(
  db: Queryable,
  id: number,
  worker: string,
  outcome: { error: string; final: boolean; retryInSeconds: number },
): Promise<void> {
  await db.query(
    `UPDATE outbox SET locked_until = NULL, locked_by = NULL, last_error = $3,
       failed_at = CASE WHEN $4::boolean THEN now() ELSE NULL END,
       next_attempt_at = now() + make_interval(secs => $5)
     WHERE id = $1 AND locked_by = $2`,
    [id, worker, outcome.error.slice(0, 1000), outcome.final, outcome.retryInSeconds],
  );
}

/** Seconds until the next message is due (0 = now), or null when nothing waits. */
export async function secondsUntilDue(db: Queryable): Promise<number | null> {
  const [row] = await db.query<{ s: number | null }>(
    `SELECT greatest(0, extract(epoch FROM min(greatest(next_attempt_at, coalesce(locked_until, next_attempt_at))) - now()))::float8 AS s
     FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL`,
  );
  return row?.s === null || row?.s === undefined ? null : Number(row.s);
}

export interface FailedMessage {
  id: number;
  kind: string;
  caseId: string | null;
  recipient: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  failedAt: string;
}

/** Messages that were finally given up, newest first: for moderators to see and act on. */
export async function failedMessages(db: Queryable, limit = 100): Promise<FailedMessage[]> {
  const rows = await db.query<{ id: number | string; kind: string; case_id: string | null; recipient: string; subject: string; attempts: number; last_error: string | null; created_at: Date | string; failed_at: Date | string }>(
    `SELECT id, kind, case_id, recipient, subject, attempts, last_error, created_at, failed_at
     FROM outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    caseId: r.case_id,
    recipient: r.recipient,
    subject: r.subject,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: new Date(r.created_at).toISOString(),
    failedAt: new Date(r.failed_at).toISOString(),
  }));
}

/** One more attempt at a failed message (a moderator fixed the relay or the address); false if it is not failed. */
export async function retryFailed(db: Queryable, id: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE outbox SET failed_at = NULL, next_attempt_at = now() WHERE id = $1 AND failed_at IS NOT NULL RETURNING 1`,
    [id],
  );
  return rows.length > 0;
}
