/**
 * Rate limits shared by every API instance, kept in PostgreSQL (table rate_limits).
 *
 * FOR OTHER CODE THAT NEEDS A LIMIT (per-recipient mail caps, per-address vote/view keys, a
 * slow-down for wrong moderator tokens, …) — use these, not a Map in memory:
 *
 *   const r = await limitKey(deps.db, { name: 'mail-recipient', limit: 5, windowMs: 86_400_000 }, email, { secret });
 *   if (!r.allowed) …                      // r.retryAfterSeconds says when the next one is allowed
 *
 *   const refused = await limitRequest(c, deps, { name: 'moderator-token-miss', limit: 5, windowMs: 60_000 });
 *   if (refused) return refused;           // a 429 problem+json with Retry-After, keyed by the client's address
 *
 *   - `name` separates budgets; pick a new one per purpose.
 *   - The key is stored only as an HMAC with a secret all instances share (RATE_LIMIT_SECRET, else
 *     one made once in the table shared_secrets); an address is keyed by IPv4 address or IPv6 /64.
 *   - `{ cost: 0 }` only asks whether a token is left, without taking one (check first, then take
 *     one only when the attempt turns out bad: `limitKey(..., { cost: 1 })`).
 *
 * The algorithm is a token bucket: `limit` tokens, refilled evenly over `windowMs`. A burst of
 * `limit` is allowed at once, then one per windowMs/limit — there is no window edge at which twice
 * the limit gets through. One statement per check: the row lock orders concurrent instances.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config.js';
import type { Queryable } from '../db/db.js';
import { addressKey, clientIp } from './client-address.js';
import { problem } from './problem.js';

export interface LimitRule {
  /** Which budget: separate purposes never share tokens. */
  name: string;
  /** Tokens in a full bucket (the burst), and how many are refilled per window. */
  limit: number;
  windowMs: number;
}

export interface LimitResult {
  allowed: boolean;
  /** Whole tokens left after this call. */
  remaining: number;
  /** Seconds until the next call would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

const secretCache = new WeakMap<Queryable, Promise<string>>();

/** The HMAC secret: configured, or made once in the database and shared by every instance. */
export function sharedSecret(db: Queryable, configured?: string, name = 'rate-limit'): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let secret = secretCache.get(db);
  if (!secret) {
    secret = (async () => {
      await db.query(`INSERT INTO shared_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
        name,
        randomBytes(32).toString('base64url'),
      ]);
      const [row] = await db.query<{ value: string }>(`SELECT value FROM shared_secrets WHERE name = $1`, [name]);
      if (!row) throw new Error(`no shared secret "${name}"`);
      return row.value;
    })();
    secret.catch(() => secretCache.delete(db));
    secretCache.set(db, secret);
  }
  return secret;
}

const REFILL = `least($3::float8, r.tokens + extract(epoch FROM (EXCLUDED.updated_at - r.updated_at))::float8 * $4::float8)`;
const NEEDED = `greatest($5::float8, 1)`;
const TAKE = `
  INSERT INTO rate_limits AS r (bucket, key, tokens, allowed, updated_at, full_at)
  VALUES ($1, $2, $3::float8 - $5::float8, true, clock_timestamp(),
          clock_timestamp() + make_interval(secs => $5::float8 / $4::float8))
  ON CONFLICT (bucket, key) DO UPDATE SET
    allowed = ${REFILL} >= ${NEEDED},
    tokens = CASE WHEN ${REFILL} >= ${NEEDED} THEN ${REFILL} - $5::float8 ELSE ${REFILL} END,
    full_at = EXCLUDED.updated_at + make_interval(secs => ($3::float8 - CASE WHEN ${REFILL} >= ${NEEDED} THEN ${REFILL} - $5::float8 ELSE ${REFILL} END) / $4::float8),
    updated_at = EXCLUDED.updated_at
  RETURNING tokens, allowed`;

/**
 * Take `cost` tokens (default 1) from the bucket of `rule` for `key`. The key is hashed with the
 * shared secret before it is stored, so it may be an address or an e-mail address.
 */
export async function limitKey(
  db: Queryable,
  rule: LimitRule,
  key: string,
  options: { cost?: number; secret?: string } = {},
): Promise<LimitResult> {
  const cost = options.cost ?? 1;
  const perSecond = rule.limit / (rule.windowMs / 1000);
  const hashed = createHmac('sha256', await sharedSecret(db, options.secret)).update(key).digest('base64url');
  const [row] = await db.query<{ tokens: number; allowed: boolean }>(TAKE, [rule.name, hashed, rule.limit, perSecond, cost]);
  const tokens = Number(row?.tokens ?? 0);
  const allowed = row?.allowed ?? false;
  const needed = Math.max(cost, 1);
  return {
    allowed,
    remaining: Math.max(0, Math.floor(tokens)),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((needed - tokens) / perSecond)),
  };
}

/** Delete buckets that have refilled (they mean the same as no row). */
export async function forgetFullBuckets(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM rate_limits WHERE full_at < clock_timestamp()`);
}

/** The limit key of the request's client: IPv4 address or IPv6 /64, behind trusted proxies as configured. */
export const clientKey = (c: Context, config: Pick<Config, 'trustProxy'>): string => addressKey(clientIp(c, config.trustProxy));

/**
 * Take a token for this request's client; null when allowed, else the 429 to return
 * (problem+json with Retry-After). `key` defaults to the client's address key.
 */
export async function limitRequest(
  c: Context,
  deps: { db: Queryable; config: Pick<Config, 'trustProxy' | 'rateLimit'> },
  rule: LimitRule,
  options: { key?: string; cost?: number } = {},
): Promise<Response | null> {
  const result = await limitKey(deps.db, rule, options.key ?? clientKey(c, deps.config), {
    cost: options.cost,
    secret: deps.config.rateLimit.secret,
  });
  if (result.allowed) return null;
  const seconds = result.retryAfterSeconds;
  return problem(c, 429, 'rate-limited', { seconds }, undefined, { 'Retry-After': String(seconds) });
}

/** Middleware: one token per request for which `applies` is true, per client address. */
export function rateLimit(options: {
  db: Queryable;
  config: Pick<Config, 'trustProxy' | 'rateLimit'>;
  rule: LimitRule;
  applies: (c: Context) => boolean;
}): MiddlewareHandler {
  let calls = 0;
  return async (c, next) => {
    if (!options.applies(c)) return next();
    // Now and then, not on a timer: a quiet instance needs no cleaning.
    if (++calls % 500 === 0) void forgetFullBuckets(options.db).catch(() => undefined);
    const refused = await limitRequest(c, options, options.rule);
    return refused ?? next();
  };
}
