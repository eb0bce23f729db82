import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { TrustProxy } from '../config.js';
import { addressKey, clientIp } from './client-address.js';
import { problem } from './problem.js';

/** Client-address resolution lives in client-address.ts, the shared limiter in rate-limit.ts. */
export { addressKey, clientIp };

/**
 * What counts as one visitor for views and votes: the client's address, an IPv6 /64 as one
 * (best effort: one office or one phone network can share it; one person can change it).
 */
export const visitorAddress = (c: Context, config: { trustProxy: TrustProxy }): string => addressKey(clientIp(c, config.trustProxy));

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');
export const newToken = (): string => randomBytes(24).toString('base64url');

/**
 * Requests that carry a body must send JSON, and it must parse. Hono caches the parsed
 * body, so the route's validator reads it again for free.
 */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  if (!['POST', 'PUT', 'PATCH'].includes(c.req.method)) return next();
  const length = c.req.header('content-length');
  const hasBody = c.req.raw.body !== null && length !== '0';
  if (!hasBody) return next();
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]+\+)?json\s*(;|$)/i.test(type)) {
    // An empty body with no type (e.g. a bare POST …/views) is fine; anything else is not JSON.
    if (type === '' && (await c.req.text()).length === 0) return next();
    return problem(c, 415, 'unsupported-media-type');
  }
  const text = await c.req.text();
  if (text.trim() !== '') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return problem(c, 400, 'invalid-json');
    }
    // PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
    const fault = bodyFault(value);
    if (fault === 'nul') return problem(c, 400, 'invalid-characters');
    if (fault === 'deep') return problem(c, 400, 'too-deep', { depth: MAX_JSON_DEPTH });
  }
  return next();
};

/** Deeper than any body the API takes (a case is 4 levels deep); 30,000 nested arrays stop here. */
export const MAX_JSON_DEPTH = 32;

/**
 * Walks a parsed body without recursion (a deep body must not overflow the stack): 'nul' when a
 * key or string holds NUL, 'deep' when it nests deeper than MAX_JSON_DEPTH, else null.
 */
export function bodyFault(value: unknown): 'nul' | 'deep' | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\0')) return 'nul';
    } else if (v && typeof v === 'object') {
      if (depth >= MAX_JSON_DEPTH) return 'deep';
      for (const [k, child] of Object.entries(v)) {
        if (k.includes('\0')) return 'nul';
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}

/** A NUL in the address (%00) would reach the database through a query parameter: refuse it. */
export const noNulInUrl: MiddlewareHandler = async (c, next) =>
  /%00/.test(c.req.url) ? problem(c, 400, 'invalid-characters') : next();
