import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/db.js';
import { hasActiveModerators, moderatorByToken, type Moderator } from '../queries/moderators.js';
import type { FailureLimiter } from './failure-limiter.js';
import type { TrustProxy } from '../config.js';
import { sha256, visitorAddress } from './guards.js';
import { problem } from './problem.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The moderator a moderation request is made by (set by moderatorAuth). */
    moderator: Moderator;
  }
}

/** The bootstrap account of MODERATOR_TOKEN, named in the audit log like any other. */
export const BOOTSTRAP_MODERATOR: Moderator = { id: 'drift', name: 'drift (MODERATOR_TOKEN)' };

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Moderation routes: the bearer token must be an active named moderator's (looked up by
 * its hash on every request) or the MODERATOR_TOKEN bootstrap token (compared in constant
 * time). Too many wrong tokens from one address lock that address out for a while (429),
 * right token or not, so guessing costs time. 503 when the desk has no moderator at all.
 */
export function moderatorAuth(options: {
  db: Db;
  bootstrapToken: string | undefined;
  trustProxy: TrustProxy;
  failures: FailureLimiter;
}): MiddlewareHandler {
  const bootstrap = options.bootstrapToken ? digest(options.bootstrapToken) : null;
  return async (c, next) => {
    const key = sha256(`moderator-auth|${visitorAddress(c, options)}`);
    const blocked = await options.failures.blockedFor(key);
    if (blocked > 0) {
      return problem(c, 429, 'moderator-locked-out', { seconds: blocked }, undefined, { 'Retry-After': String(blocked) });
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const token = match?.[1] ?? '';
    let moderator: Moderator | null = null;
    if (token) {
      if (bootstrap && timingSafeEqual(digest(token), bootstrap)) moderator = BOOTSTRAP_MODERATOR;
      else moderator = await moderatorByToken(options.db, token);
    }
    if (!moderator) {
      if (!bootstrap && !(await hasActiveModerators(options.db))) return problem(c, 503, 'moderation-disabled');
      await options.failures.fail(key);
      return problem(c, 401, 'unauthorized', {}, undefined, { 'WWW-Authenticate': 'Bearer realm="casekit-moderation"' });
    }
    c.set('moderator', moderator);
    return next();
  };
}
