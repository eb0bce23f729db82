/**
 * A reader's data rights (GDPR art. 15 and 17): everything stored about one e-mail address,
 * and its erasure. Addresses are compared without regard to letter case.
 */
import type { Queryable } from '../db/db.js';

export interface PersonData {
  email: string;
  comments: {
    id: string;
    caseId: string;
    caseTitle: string;
    authorName: string;
    text: string;
    status: string;
    createdAt: string;
  }[];
  follows: { caseId: string; caseTitle: string; status: string; createdAt: string; confirmedAt: string | null }[];
  submittedCases: { id: string; title: string; status: string; createdAt: string }[];
  /** Messages to the address still on record (sent or waiting). */
  messages: { kind: string; subject: string; createdAt: string; sentAt: string | null }[];
}

const iso = (v: unknown) => new Date(v as string).toISOString();

export async function findPerson(db: Queryable, email: string): Promise<PersonData> {
  const address = email.trim().toLowerCase();
  const comments = await db.query(
    `SELECT cm.id, cm.case_id, c.title, cm.author_name, cm.body, cm.status, cm.created_at
     FROM comments cm JOIN cases c ON c.id = cm.case_id WHERE lower(cm.email) = $1 ORDER BY cm.created_at`,
    [address],
  );
  const follows = await db.query(
    `SELECT f.case_id, c.title, f.status, f.created_at, f.confirmed_at
     FROM followers f JOIN cases c ON c.id = f.case_id WHERE lower(f.email) = $1 ORDER BY f.created_at`,
    [address],
  );
  const cases = await db.query(
    `SELECT id, title, status, created_at FROM cases WHERE lower(submitter_email) = $1 ORDER BY created_at`,
    [address],
  );
  const messages = await db.query(
    `SELECT kind, subject, created_at, sent_at FROM outbox WHERE lower(recipient) = $1 ORDER BY id`,
    [address],
  );
  return {
    email: address,
    comments: comments.map((r) => ({
      id: String(r.id),
      caseId: String(r.case_id),
      caseTitle: String(r.title),
      authorName: String(r.author_name),
      text: String(r.body),
      status: String(r.status),
      createdAt: iso(r.created_at),
    })),
    follows: follows.map((r) => ({
      caseId: String(r.case_id),
      caseTitle: String(r.title),
      status: String(r.status),
      createdAt: iso(r.created_at),
      confirmedAt: r.confirmed_at ? iso(r.confirmed_at) : null,
    })),
    submittedCases: cases.map((r) => ({ id: String(r.id), title: String(r.title), status: String(r.status), createdAt: iso(r.created_at) })),
    messages: messages.map((r) => ({
      kind: String(r.kind),
      subject: String(r.subject),
      createdAt: iso(r.created_at),
      sentAt: r.sent_at ? iso(r.sent_at) : null,
    })),
  };
}

export interface ErasureResult {
  commentsAnonymised: number;
  commentsDeleted: number;
  followsRemoved: number;
  casesCleared: number;
  messagesRemoved: number;
}

/** The name an anonymised comment keeps. */
export const ANONYMOUS = 'Anonym';

/**
 * Erase an address. Comments are anonymised (name and address gone, text kept) or deleted
 * (others' replies move up to the deleted comment's parent, so a thread keeps its answers);
 * follows and messages to the address are removed; submitted cases forget who sent them.
 * Decision records (audit log, case versions) that quote the address lose it too.
 */
export async function erasePerson(db: Queryable, email: string, comments: 'anonymise' | 'delete'): Promise<ErasureResult> {
  const address = email.trim().toLowerCase();
  let commentsAnonymised = 0;
  let commentsDeleted = 0;
  if (comments === 'delete') {
    const doomed = await db.query<{ id: string }>(`SELECT id FROM comments WHERE lower(email) = $1 FOR UPDATE`, [address]);
    const ids = doomed.map((r) => r.id);
    if (ids.length) {
      // Re-parent replies written by others until none points at a doomed comment (chains of doomed replies included).
      for (let i = 0; i < 1000; i++) {
        const moved = await db.query(
          `UPDATE comments r SET parent_id = p.parent_id FROM comments p
           WHERE r.parent_id = p.id AND p.id = ANY($1::text[]) AND NOT (r.id = ANY($1::text[])) RETURNING r.id`,
          [ids],
        );
        if (!moved.length) break;
      }
      await db.query(`UPDATE comments SET parent_id = NULL WHERE id = ANY($1::text[])`, [ids]);
      commentsDeleted = (await db.query(`DELETE FROM comments WHERE id = ANY($1::text[]) RETURNING id`, [ids])).length;
    }
  } else {
    commentsAnonymised = (
      await db.query(`UPDATE comments SET email = NULL, author_name = $2 WHERE lower(email) = $1 RETURNING id`, [address, ANONYMOUS])
    ).length;
  }
  const followsRemoved = (await db.query(`DELETE FROM followers WHERE lower(email) = $1 RETURNING id`, [address])).length;
  const casesCleared = (await db.query(`UPDATE cases SET submitter_email = NULL WHERE lower(submitter_email) = $1 RETURNING id`, [address])).length;
  const messagesRemoved = (await db.query(`DELETE FROM outbox WHERE lower(recipient) = $1 RETURNING id`, [address])).length;
  await scrubRecords(db, address);
  return { commentsAnonymised, commentsDeleted, followsRemoved, casesCleared, messagesRemoved };
}

/** The address as JSON text would hold it, for a case-insensitive search-and-replace inside jsonb. */
async function scrubRecords(db: Queryable, address: string): Promise<void> {
  const pattern = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [table, column] of [
    ['audit_log', 'before'],
    ['audit_log', 'after'],
    ['case_versions', 'snapshot'],
  ] as const) {
    await db.query(
      `UPDATE ${table} SET ${column} = regexp_replace(${column}::text, $1, '[slettet]', 'gi')::jsonb WHERE ${column}::text ~* $1`,
      [pattern],
    );
  }
  await db.query(`UPDATE audit_log SET reason = regexp_replace(reason, $1, '[slettet]', 'gi') WHERE reason ~* $1`, [pattern]);
}

/** How long expired data is kept (see the README's privacy section). */
export const RETENTION = {
  unconfirmedFollowDays: 7,
  unsubscribedFollowDays: 30,
  messageDays: 90,
  viewDedupHours: 24,
  /** A write's stored first answer (Idempotency-Key): a client retries within minutes, not days. */
  idempotentAnswerHours: 24,
} as const;

/** Delete what has expired; returns how many rows of each kind went. */
export async function purgeExpired(db: Queryable): Promise<Record<string, number>> {
  const count = async (sql: string) => (await db.query(sql)).length;
  return {
    unconfirmedFollows: await count(
      `DELETE FROM followers WHERE status = 'pending' AND created_at < now() - interval '${RETENTION.unconfirmedFollowDays} days' RETURNING 1`,
    ),
    unsubscribedFollows: await count(
      `DELETE FROM followers WHERE status = 'unsubscribed' AND created_at < now() - interval '${RETENTION.unsubscribedFollowDays} days' RETURNING 1`,
    ),
    // Sent or given up: the record of a message is kept for a while, then its address goes with it.
    messages: await count(`DELETE FROM outbox WHERE created_at < now() - interval '${RETENTION.messageDays} days' RETURNING 1`),
    viewDedup: await count(`DELETE FROM case_views WHERE counted_at < now() - interval '${RETENTION.viewDedupHours} hours' RETURNING 1`),
    viewSalts: await count(`DELETE FROM view_salts WHERE day < current_date RETURNING 1`),
    // Stored answers hold what the reader wrote (a comment's name and text): kept only as long as a retry needs.
    idempotentAnswers: await count(
      `DELETE FROM idempotency_keys WHERE created_at < now() - interval '${RETENTION.idempotentAnswerHours} hours' RETURNING 1`,
    ),
    // The shared rate limiter's buckets (when the deployment has them): a refilled bucket means the same as none.
    rateLimits: (await db.query(`SELECT to_regclass('rate_limits') IS NOT NULL AS present`))[0]?.present
      ? await count(`DELETE FROM rate_limits WHERE full_at < now() RETURNING 1`)
      : 0,
  };
}
