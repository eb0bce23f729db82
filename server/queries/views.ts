import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.js';

/**
 * Today's salt for visitor hashes, shared through the database so every server copy agrees.
 * Yesterday's salt is deleted, so yesterday's hashes can no longer be linked to anyone.
 * "Today" is the UTC day whatever PostgreSQL's TimeZone says, the same day the server's own
 * check (new Date().toISOString()) uses, so the salt is not re-read on every view.
 */
export async function dailySalt(db: Queryable): Promise<{ day: string; salt: string }> {
  await db.query(`DELETE FROM view_salts WHERE day < (now() AT TIME ZONE 'UTC')::date`);
  await db.query(`INSERT INTO view_salts (day, salt) VALUES ((now() AT TIME ZONE 'UTC')::date, $1) ON CONFLICT (day) DO NOTHING`, [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.query<{ day: string | Date; salt: string }>(
    `SELECT day::text AS day, salt FROM view_salts WHERE day = (now() AT TIME ZONE 'UTC')::date`,
  );
  if (!row) throw new Error('no view salt for today');
  return { day: String(row.day), salt: row.salt };
}

const salts = new WeakMap<Queryable, { day: string; salt: string }>();

/** Today's salt, read from the database once a day per process. */
export async function todaysSalt(db: Queryable): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);
  let salt = salts.get(db);
  if (salt?.day !== today) salts.set(db, (salt = await dailySalt(db)));
  return salt.salt;
}

/** Count one view unless the same visitor counted one for this case in the last 30 minutes. */
export async function countView(db: Queryable, caseId: string, visitorHash: string) {
  const fresh = await db.query(
    `INSERT INTO case_views (case_id, visitor_hash, counted_at) VALUES ($1, $2, now())
     ON CONFLICT (case_id, visitor_hash) DO UPDATE SET counted_at = now()
       WHERE case_views.counted_at < now() - interval '30 minutes'
     RETURNING 1`,
    [caseId, visitorHash],
  );
  const counted = fresh.length > 0;
  const [row] = await db.query<{ view_count: number }>(
    counted
      ? `UPDATE cases SET view_count = view_count + 1 WHERE id = $1 RETURNING view_count`
      : `SELECT view_count FROM cases WHERE id = $1`,
    [caseId],
  );
  return { counted, viewCount: row?.view_count ?? 0 };
}

export async function forgetOldViews(db: Queryable) {
  await db.query(`DELETE FROM case_views WHERE counted_at < now() - interval '1 day'`);
}
