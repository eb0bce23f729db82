import type { Queryable } from '../db/db.js';
import { limitKey, type LimitRule } from './rate-limit.js';

/**
 * Lock-out after too many wrong moderator tokens (issue 13, item 5). The desk needs only
 * this narrow interface, so a test may pass its own.
 */
export interface FailureLimiter {
  /** Seconds the key must wait before it may try again; 0 when it may try now. */
  blockedFor(key: string): Promise<number>;
  /** Count one failure for the key. */
  fail(key: string): Promise<void>;
}

export interface FailureLimits {
  /** Wrong attempts allowed at once before the key is locked out. */
  failures: number;
  /** The time in which the whole allowance comes back, evenly. */
  windowMs: number;
}

/**
 * Ten wrong tokens at once, then one more per 90 seconds: a moderator who mistypes is not
 * locked out, a guesser gets about 50 tries in the first hour and 40 in each one after.
 */
export const MODERATOR_FAILURE_LIMITS: FailureLimits = { failures: 10, windowMs: 15 * 60_000 };

/**
 * Failures counted in PostgreSQL's token buckets (rate-limit.ts), so every instance behind the
 * proxy sees the same count: with a count per process, a guesser spreading tries over N
 * instances would get N times the allowance. Asking costs no token; only a failure takes one.
 */
export function sharedFailureLimiter(db: Queryable, limits: FailureLimits = MODERATOR_FAILURE_LIMITS, secret?: string): FailureLimiter {
  const rule: LimitRule = { name: 'moderator-token-miss', limit: limits.failures, windowMs: limits.windowMs };
  return {
    async blockedFor(key) {
      const result = await limitKey(db, rule, key, { cost: 0, secret });
      return result.allowed ? 0 : result.retryAfterSeconds;
    },
    async fail(key) {
      await limitKey(db, rule, key, { secret });
    },
  };
}
