import type { AuditEntry } from '../../contract/index.js';
import type { Queryable } from '../db/db.js';
import type { Moderator } from './moderators.js';


export interface AuditRecord {
  action: string;
  targetType: 'case' | 'comment' | 'vocabulary' | 'person' | 'moderator';
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Record one decision; call it in the transaction that makes the change, so neither exists without the other. */
export async function audit(db: Queryable, who: Moderator, r: AuditRecord): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (moderator_id, moderator_name, action, target_type, target_id, before, after, reason)
     VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8)`,
    [
      who.id,
      who.name,
      r.action,
      r.targetType,
      r.targetId,
      r.before === undefined ? null : JSON.stringify(r.before),
      r.after === undefined ? null : JSON.stringify(r.after),
      r.reason ?? null,
    ],
  );
}

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : (v ?? null));

export async function listAudit(
  db: Queryable,
  filter: { targetType?: string | undefined; targetId?: string | undefined; limit: number; before?: number | undefined },
): Promise<AuditEntry[]> {
  const rows = await db.query(
    `SELECT * FROM audit_log
     WHERE ($1::text IS NULL OR target_type = $1) AND ($2::text IS NULL OR target_id = $2) AND ($3::bigint IS NULL OR id < $3)
     ORDER BY id DESC LIMIT $4`,
    [filter.targetType ?? null, filter.targetId ?? null, filter.before ?? null, filter.limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at as string).toISOString(),
    moderatorId: (r.moderator_id as string | null) ?? null,
    moderatorName: String(r.moderator_name),
    action: String(r.action),
    targetType: String(r.target_type),
    targetId: (r.target_id as string | null) ?? null,
    before: parse(r.before),
    after: parse(r.after),
    reason: (r.reason as string | null) ?? null,
  }));
}
