import type { Context, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/db.js';
import { RETENTION } from '../queries/privacy.js';
import { sha256 } from './guards.js';
import { langOf, problem } from './problem.js';

/** How long an answer is kept for its key (the purge job deletes older ones). */
const KEEP = `interval '${RETENTION.idempotentAnswerHours} hours'`;
/** Answer headers worth giving again with the stored answer. */
const REPLAYED_HEADERS = ['content-type', 'location', 'content-language'];

/**
 * Idempotency-Key on writes (the IETF httpapi draft's header): the first answer to a key is
 * stored, and the same key with the same request gets that answer again, marked
 * `Idempotency-Replayed: true`, without doing the write twice. The same key with another request
 * is 422; while the first is still running, 409. A failure (5xx, 429) is not kept, so the client
 * may retry with the same key. Keys are stored as hashes, with method and path, for a day.
 */
export function idempotency(db: Queryable, applies: (c: Context) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined || !applies(c)) return next();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      const en = langOf(c) === 'en';
      return problem(c, 400, 'validation', {}, [
        { path: 'header.idempotency-key', message: en ? 'Must be 1–255 visible ASCII characters, e.g. a UUID.' : 'Skal være 1–255 synlige ASCII-tegn, fx et UUID.' },
      ]);
    }
    const keyHash = sha256(`${c.req.method} ${c.req.path}\n${key}`);
    const requestHash = sha256(`${c.req.url}\n${await c.req.text()}`);
    await db.query(`DELETE FROM idempotency_keys WHERE key_hash = $1 AND created_at < now() - ${KEEP}`, [keyHash]);
    const claimed = await db.query(
      `INSERT INTO idempotency_keys (key_hash, request_hash) VALUES ($1, $2) ON CONFLICT (key_hash) DO NOTHING RETURNING 1`,
      [keyHash, requestHash],
    );
    if (claimed.length === 0) {
      const [row] = await db.query<{ request_hash: string; status: number | null; headers: string | null; body: string | null }>(
        `SELECT request_hash, status, headers, body FROM idempotency_keys WHERE key_hash = $1`,
        [keyHash],
      );
      if (!row) return problem(c, 409, 'idempotency-in-progress');
      if (row.request_hash !== requestHash) return problem(c, 422, 'idempotency-key-reused');
      if (row.status === null) return problem(c, 409, 'idempotency-in-progress', {}, undefined, { 'Retry-After': '1' });
      const headers = new Headers(JSON.parse(row.headers ?? '{}') as Record<string, string>);
      headers.set('Idempotency-Replayed', 'true');
      headers.set('Cache-Control', 'no-store');
      return new Response(row.body, { status: row.status, headers });
    }
    const release = () => db.query(`DELETE FROM idempotency_keys WHERE key_hash = $1`, [keyHash]);
    try {
      await next();
    } catch (err) {
      await release();
      throw err;
    }
    const res = c.res;
    if (res.status >= 500 || res.status === 429) {
      await release();
      return;
    }
    const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((h) => (res.headers.has(h) ? [[h, res.headers.get(h)!]] : [])));
    await db.query(`UPDATE idempotency_keys SET status = $2, headers = $3, body = $4 WHERE key_hash = $1`, [
      keyHash,
      res.status,
      JSON.stringify(headers),
      await res.clone().text(),
    ]);
  };
}
