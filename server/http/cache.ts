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

/** The tags of an If-None-Match header, each as `{ version, variant, body }` when it is one of ours. */
function ourTags(ifNoneMatch: string | undefined): { version: string; variant: string; body: string }[] {
  return [...(ifNoneMatch ?? '').matchAll(/(?:W\/)?"(\d+)-([0-9a-f]{16})-([0-9a-f]{16})"/g)].map(([, version, variant, body]) => ({
    version: version!,
    variant: variant!,
    body: body!,
  }));
}

/**
 * ETags for public reads: `W/"<content version>-<variant>-<body>"`. The version is one number
 * for everything a public read shows, bumped by any write (migration 003b); the variant hashes
 * the URL and the values of the headers in Vary; the body part hashes what the response shows.
 *
 * A revalidation is answered in two ways. A tag of the current version and this variant is
 * answered 304 at once: nothing anywhere has changed, and the page's queries never run. A tag
 * of an older version runs the read and compares what it shows: a view, vote or comment on
 * another case bumps the version but not this case's body, so an old embed's check is still
 * 304 (with the new tag), and 200 only when what it shows has changed. The version is read
 * first, so a body is never labelled with a version newer than itself.
 */
export function versionedEtag(db: Queryable, apiBase: string): MiddlewareHandler {
  return async (c, next) => {
    if (!isPublicRead(c, apiBase)) return next();
    const [row] = await db.query<{ version: string }>('SELECT version::text AS version FROM content_state WHERE id = 1');
    const version = row?.version ?? '0';
    const url = new URL(c.req.url);
    const variantHash = createHash('sha256').update(`${url.pathname}?${url.search}`);
    let personal = false;
    for (const header of bodyVaries(c.req.path)) {
      const value = header === 'Accept-Language' ? langOf(c) : (c.req.header(header) ?? '');
      if (header !== 'Accept-Language' && value.trim() !== '') personal = true;
      variantHash.update(`\n${header}:${value}`);
    }
    const variant = variantHash.digest('hex').slice(0, 16);
    const ifNoneMatch = c.req.header('if-none-match');
    const asked = ourTags(ifNoneMatch).filter((tag) => tag.variant === variant);
    const current = asked.find((tag) => tag.version === version);
    if (current) {
      setPublicCacheHeaders(c, personal);
      c.header('ETag', `W/"${version}-${variant}-${current.body}"`);
      return c.body(null, 304);
    }
    await next();
    if (c.res.status !== 200) return;
    const body = createHash('sha256').update(new Uint8Array(await c.res.clone().arrayBuffer())).digest('hex').slice(0, 16);
    const etag = `W/"${version}-${variant}-${body}"`;
    // `*`: any current representation will do (RFC 9110 §13.1.2).
    if (ifNoneMatch?.trim() === '*' || asked.some((tag) => tag.body === body)) {
      const headers = new Headers(c.res.headers);
      for (const name of ['Content-Type', 'Content-Length', 'Content-Encoding']) headers.delete(name);
      headers.set('ETag', etag);
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    c.res.headers.set('ETag', etag);
  };
}
