/**
 * The desk's periodic jobs: the moderators' digest of waiting work and the purge of expired
 * data. Each run is claimed in the database (desk_jobs), so with several server copies only
 * one of them sends a digest or purges per period.
 */
import type { Db, Queryable } from '../db/db.js';
import type { Deps } from '../http/router.js';
import { enqueue } from '../queries/followers.js';
import { moderatorAddresses } from '../queries/moderators.js';
import { purgeExpired } from '../queries/privacy.js';
import { digestMail, type WaitingWork } from './mail-texts.js';

export const DIGEST_EVERY_MINUTES = 60;
export const PURGE_EVERY_MINUTES = 6 * 60;

/** Claim a job if its period has passed; false when it is not due (or another copy has just claimed it). */
async function claim(db: Queryable, name: string, everyMinutes: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE desk_jobs SET last_run = now() WHERE name = $1 AND last_run <= now() - make_interval(mins => $2) RETURNING 1`,
    [name, everyMinutes],
  );
  return rows.length > 0;
}

export async function waitingWork(db: Queryable): Promise<WaitingWork> {
  const [counts] = await db.query<{ cases: number; comments: number; proposals: number }>(
    `SELECT (SELECT count(*)::int FROM cases WHERE status = 'pending') AS cases,
            (SELECT count(*)::int FROM comments WHERE status = 'pending') AS comments,
            (SELECT count(*)::int FROM cases, unnest(proposed_themes || proposed_target_groups) WHERE status = 'pending') AS proposals`,
  );
  const [oldest] = await db.query<{ kind: 'case' | 'comment'; id: string; title: string; created_at: string | Date }>(
    `SELECT * FROM (
       SELECT 'case' AS kind, id, title, created_at FROM cases WHERE status = 'pending'
       UNION ALL
       SELECT 'comment', cm.id, c.title, cm.created_at FROM comments cm JOIN cases c ON c.id = cm.case_id WHERE cm.status = 'pending'
     ) w ORDER BY created_at, id LIMIT 1`,
  );
  return {
    pendingCases: Number(counts?.cases ?? 0),
    pendingComments: Number(counts?.comments ?? 0),
    openProposals: Number(counts?.proposals ?? 0),
    oldest: oldest ? { kind: oldest.kind, id: oldest.id, title: oldest.title, createdAt: new Date(oldest.created_at).toISOString() } : null,
  };
}

/**
 * Send the digest if it is due and something new has come in since the last one: one message
 * to each moderator with an address, however many items wait. Returns how many were queued.
 */
export async function runDigest(db: Db, deps: Pick<Deps, 'publicUrl'>, everyMinutes = DIGEST_EVERY_MINUTES): Promise<number> {
  return db.transaction(async (tx) => {
    if (!(await claim(tx, 'moderator-digest', everyMinutes))) return 0;
    // Move the mark to the newest waiting item, in SQL (timestamps keep their microseconds); nothing newer, no digest.
    const [fresh] = await tx.query(
      `UPDATE desk_jobs SET seen_until = w.newest
       FROM (SELECT max(created_at) AS newest FROM (
               SELECT created_at FROM cases WHERE status = 'pending'
               UNION ALL SELECT created_at FROM comments WHERE status = 'pending') a) w
       WHERE name = 'moderator-digest' AND w.newest > seen_until RETURNING 1`,
    );
    if (!fresh) return 0;
    const work = await waitingWork(tx);
    const mail = digestMail(work, `${deps.publicUrl()}/moderation.html`);
    const recipients = await moderatorAddresses(tx);
    for (const recipient of recipients) await enqueue(tx, { kind: 'moderator-digest', caseId: null, recipient, ...mail });
    return recipients.length;
  });
}

export async function runPurge(db: Db, everyMinutes = PURGE_EVERY_MINUTES): Promise<Record<string, number> | null> {
  return db.transaction(async (tx) => ((await claim(tx, 'purge', everyMinutes)) ? purgeExpired(tx) : null));
}

/** Check both jobs once a minute (and once soon after start); failures are logged and tried again next time. */
export function startDeskJobs(db: Db, deps: Pick<Deps, 'publicUrl' | 'outboxChanged'>): { stop: () => void } {
  const tick = async () => {
    try {
      if ((await runDigest(db, deps)) > 0) deps.outboxChanged();
      await runPurge(db);
    } catch (err) {
      console.error('[casekit] desk jobs:', err instanceof Error ? err.message : err);
    }
  };
  const first = setTimeout(() => void tick(), 5_000);
  const timer = setInterval(() => void tick(), 60_000);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
