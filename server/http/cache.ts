import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/db.js';
import { langOf } from './problem.js';

/**
 * How long a shared cache (the proxy in deploy/nginx) may serve a public read without asking. A
 * write is visible through the cache within SHARED_MAX_AGE seconds (plus one request that
 * triggers the background refresh); browsers always revalidate (max-age=0), which costs one 304.
 * No `stale-while-revalidate` in the header: Chromium honours it in its own HTTP cache, so a
 * reader would be shown the thread as it was before their own comment. The proxy serves stale
 * while it refreshes by its own configuration (`proxy_cache_use_stale updating`).
 */
export const SHARED_MAX_AGE = 5;

/** The request headers a public read's body depends on: only these go in Vary. */
export function bodyVaries(path: string): string[] {
  if (/\/comments$/.test(path)) return ['X-Author-Token'];
  if (/\/ratings$/.test(path)) return ['Accept-Language', 'X-Vote-Token'];
  return [];
}

/** A reader's own view (their tokens sent) is private; everything else a shared cache may hold. */
export const cacheControl = (personal: boolean): string =>
  personal ? 'private, no-cache' : `public, max-age=0, s-maxage=${SHARED_MAX_AGE}`;

export function setPublicCacheHeaders(c: Context, personal: boolean): void {
  c.header('Cache-Control', cacheControl(personal));
  const vary = bodyVaries(c.req.path);
  if (vary.length > 0) c.header('Vary', vary.join(', '));
}

const isPublicRead = (c: Context, apiBase: string): boolean =>
  (c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.path.startsWith(`${apiBase}/cases`);

const matches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  !!ifNoneMatch && (ifNoneMatch.trim() === '*' || (ifNoneMatch.match(/"[^"]*"/g) ?? ([] as string[])).includes(etag.replace(/^W\//, '')));

/**
 * ETags from the data's version, not from the body: `W/"<content version>-<variant>"`, where the
 * variant hashes the URL and the values of the headers in Vary. The version is read first, so a
 * body is never labelled with a version newer than itself; a matching If-None-Match is answered
 * 304 at once, and the page's queries never run.
 */
export function versionedEtag(db: Queryable, apiBase: string): MiddlewareHandler {
  return async (c, next) => {
    if (!isPublicRead(c, apiBase)) return next();
    const [row] = await db.query<{ version: string }>('SELECT version::text AS version FROM content_state WHERE id = 1');
    const url = new URL(c.req.url);
    const variant = createHash('sha256').update(`${url.pathname}?${url.search}`);
    let personal = false;
    for (const header of bodyVaries(c.req.path)) {
      const value = header === 'Accept-Language' ? langOf(c) : (c.req.header(header) ?? '');
      if (header !== 'Accept-Language' && value.trim() !== '') personal = true;
      variant.update(`\n${header}:${value}`);
    }
    const etag = `W/"${row?.version ?? '0'}-${variant.digest('base64url').slice(0, 22)}"`;
    if (matches(c.req.header('if-none-match'), etag)) {
      setPublicCacheHeaders(c, personal);
      c.header('ETag', etag);
      return c.body(null, 304);
    }
    await next();
    if (c.res.status === 200) c.res.headers.set('ETag', etag);
  };
}
