import type { Context, MiddlewareHandler } from 'hono';
import { problem } from './problem.js';

/**
 * Which writes a browser may send on a page's behalf (issue #13, item 11). CORS only tells the
 * browser whether a page may read an answer; a "simple" request (a form post, a fetch without
 * a body) is sent and acted on before any check. So the server decides itself:
 *
 * - A browser sends `Origin` with every POST/PUT. When ALLOWED_ORIGINS is a list, a guest write
 *   (comment, vote, follow, case, view) is taken only from an origin in it or from the API's own
 *   pages (the follow confirmation page); any other origin, and the opaque `null` of sandboxed
 *   frames and local files, gets 403. With ALLOWED_ORIGINS=* every site may embed the widgets, so
 *   every origin is accepted.
 * - No `Origin`: not a browser acting for a page, but a program (curl, a server); accepted — it
 *   could as well send any Origin it likes, and the rate limits apply to it as to anyone.
 * - A view (a POST without a body) sent as a form (form, multipart or text/plain content type):
 *   refused whatever the origin, so an invisible form on another site cannot count views.
 */
export function originPolicy(options: { allowedOrigins: '*' | string[]; publicUrl: () => string; applies: (c: Context) => boolean }): MiddlewareHandler {
  const listed = options.allowedOrigins === '*' ? null : new Set(options.allowedOrigins);
  return async (c, next) => {
    if (!options.applies(c)) return next();
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (/\/views$/.test(c.req.path) && /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/.test(type)) {
      return problem(c, 415, 'unsupported-media-type');
    }
    const origin = c.req.header('origin');
    if (origin === undefined || !listed) return next();
    if (listed.has(origin) || origin === new URL(c.req.url).origin || origin === originOf(options.publicUrl())) return next();
    return problem(c, 403, 'origin-not-allowed', { origin: origin.slice(0, 100) });
  };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
