import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import { newToken, sha256 } from '../http/guards.js';

export interface Moderator {
  id: string;
  name: string;
}

export interface ModeratorAccount extends Moderator {
  email: string | null;
  createdAt: string;
  revokedAt: string | null;
}

const toAccount = (r: Record<string, unknown>): ModeratorAccount => ({
  id: String(r.id),
  name: String(r.name),
  email: (r.email as string | null) ?? null,
  createdAt: new Date(r.created_at as string).toISOString(),
  revokedAt: r.revoked_at ? new Date(r.revoked_at as string).toISOString() : null,
});

/** A new named moderator; the token is returned once and only its hash is kept. */
export async function addModerator(
  db: Queryable,
  input: { name: string; email?: string | null; token?: string },
): Promise<{ account: ModeratorAccount; token: string }> {
  const token = input.token ?? newToken();
  const [row] = await db.query(
    `INSERT INTO moderators (id, name, email, token_hash) VALUES ($1, $2, $3, $4) RETURNING *`,
    [randomUUID(), input.name, input.email ?? null, sha256(token)],
  );
  return { account: toAccount(row!), token };
}

export async function listModerators(db: Queryable): Promise<ModeratorAccount[]> {
  return (await db.query(`SELECT * FROM moderators ORDER BY revoked_at IS NOT NULL, name, created_at`)).map(toAccount);
}

/** Revoke by id, or by name when exactly one active account has it. Returns the revoked accounts. */
export async function revokeModerator(db: Queryable, idOrName: string): Promise<ModeratorAccount[]> {
  const byId = await db.query(`UPDATE moderators SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING *`, [idOrName]);
  if (byId.length) return byId.map(toAccount);
  const named = await db.query<{ id: string }>(`SELECT id FROM moderators WHERE name = $1 AND revoked_at IS NULL`, [idOrName]);
  if (named.length !== 1) return [];
  return (await db.query(`UPDATE moderators SET revoked_at = now() WHERE id = $1 RETURNING *`, [named[0]!.id])).map(toAccount);
}

/** The active moderator whose token this is, or null. Looked up on every request, so a revocation bites at once. */
export async function moderatorByToken(db: Queryable, token: string): Promise<Moderator | null> {
  const [row] = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM moderators WHERE token_hash = $1 AND revoked_at IS NULL`,
    [sha256(token)],
  );
  return row ? { id: row.id, name: row.name } : null;
}

export async function hasActiveModerators(db: Queryable): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM moderators WHERE revoked_at IS NULL LIMIT 1`)).length > 0;
}

/** Where the digest of waiting work goes: every active moderator with an address. */
export async function moderatorAddresses(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ email: string }>(
    `SELECT DISTINCT lower(email) AS email FROM moderators WHERE revoked_at IS NULL AND email IS NOT NULL`,
  );
  return rows.map((r) => r.email);
}

/**
 * The demo's moderator (npm start): one account of this name whose token is the one given,
 * made or re-keyed at start-up so the token printed then is the one that works.
 */
export async function ensureModerator(db: Queryable, name: string, token: string): Promise<void> {
  const updated = await db.query(
    `UPDATE moderators SET token_hash = $2, revoked_at = NULL WHERE id = (SELECT id FROM moderators WHERE name = $1 ORDER BY created_at LIMIT 1) RETURNING id`,
    [name, sha256(token)],
  );
  if (!updated.length) await addModerator(db, { name, token });
}
