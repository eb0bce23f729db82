import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { votesPerMinuteOf, type Config } from './config.js';
import type { Db } from './db/db.js';
import { isDatabaseUnavailable } from './db/errors.js';
import type { Context } from 'hono';
import { sharedFailureLimiter } from './http/failure-limiter.js';
import { jsonBody, noNulInUrl } from './http/guards.js';
import { rateLimit } from './http/rate-limit.js';
import { idempotency } from './http/idempotency.js';
import { moderatorAuth } from './http/moderator-auth.js';
import { originPolicy } from './http/origin.js';
import { versionedEtag } from './http/cache.js';
import { problem } from './http/problem.js';
import type { Deps } from './http/router.js';
import { validationHook } from './http/validation.js';
import { caseRoutes } from './routes/cases.js';
import { commentRoutes } from './routes/comments.js';
import { followerRoutes } from './routes/followers.js';
import { mailModerationRoutes } from './routes/mail-moderation.js';
import { moderationRoutes } from './routes/moderation/index.js';
import { pageRoutes } from './routes/pages.js';
import { ratingRoutes } from './routes/ratings.js';

export const API_BASE = '/api/v1';
const MAX_BODY = 64 * 1024;
const RETRY_AFTER_SECONDS = 2;

/** The HTTP application: middleware in the order a request meets it, then the routes. */
export function createApp(deps: Deps): OpenAPIHono {
  const { config } = deps;
  const app = new OpenAPIHono({ defaultHook: validationHook as never });

  app.use(
    '*',
    cors({
      origin: config.allowedOrigins === '*' ? '*' : config.allowedOrigins,
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization', 'If-None-Match', 'Accept-Language', 'X-Author-Token', 'X-Vote-Token', 'Idempotency-Key'],
      exposeHeaders: ['ETag', 'Retry-After', 'Location', 'Content-Language', 'Idempotency-Replayed'],
      maxAge: 600,
    }),
  );
  app.use('*', methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      problem(c, 405, 'method-not-allowed', { method: c.req.method, allow: methods.join(', ') }, undefined, { Allow: methods.join(', ') }),
  }));
  app.use(`${API_BASE}/*`, bodyLimit({ maxSize: MAX_BODY, onError: (c) => problem(c, 413, 'too-large') }));
  app.use(`${API_BASE}/*`, noNulInUrl);
  // The follow e-mails' pages post a plain HTML form (no script): those two take a form body.
  const formPages = new Set([`${API_BASE}/followers/confirm`, `${API_BASE}/followers/unsubscribe`]);
  app.use(`${API_BASE}/*`, (c, next) =>
    formPages.has(c.req.path) && /^application\/x-www-form-urlencoded/i.test(c.req.header('content-type') ?? '') ? next() : jsonBody(c, next),
  );

  const isView = (path: string) => /\/views$/.test(path);
  // A vote is a PUT that replaces the reader's earlier answer (one per address and question, see
  // queries/ratings.ts): it has its own budget, so changing an answer never costs the next comment.
  const isVote = (method: string, path: string) => method === 'PUT' && /\/ratings\/[^/]+$/.test(path);
  const isGuestWrite = (method: string, path: string) =>
    ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) && !path.startsWith(`${API_BASE}/moderation/`) && !isView(path) && !isVote(method, path);
  app.use(`${API_BASE}/*`, rateLimit({
    db: deps.db,
    config,
    rule: { name: 'guest-writes', limit: config.rateLimit.writesPerMinute, windowMs: config.rateLimit.windowMs },
    applies: (c) => isGuestWrite(c.req.method, c.req.path),
  }));
  app.use(`${API_BASE}/*`, rateLimit({
    db: deps.db,
    config,
    rule: { name: 'views', limit: config.rateLimit.viewsPerMinute, windowMs: config.rateLimit.windowMs },
    applies: (c) => c.req.method === 'POST' && isView(c.req.path),
  }));
  app.use(`${API_BASE}/*`, rateLimit({
    db: deps.db,
    config,
    rule: { name: 'votes', limit: votesPerMinuteOf(config.rateLimit), windowMs: config.rateLimit.windowMs },
    applies: (c) => isVote(c.req.method, c.req.path),
  }));
  const isWrite = (c: Context) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(c.req.method) && !c.req.path.startsWith(`${API_BASE}/moderation/`);
  app.use(`${API_BASE}/*`, originPolicy({ allowedOrigins: config.allowedOrigins, publicUrl: deps.publicUrl, applies: isWrite }));
  app.use(`${API_BASE}/moderation/*`, moderatorAuth({
    db: deps.db,
    bootstrapToken: config.moderatorToken,
    trustProxy: config.trustProxy,
    failures: deps.moderatorFailures ?? sharedFailureLimiter(deps.db, undefined, config.rateLimit.secret),
  }));
  app.use(`${API_BASE}/*`, idempotency(deps.db, isWrite));
  // A 304 must keep the CORS headers, or a browser on another origin sees a network error.
  app.use(`${API_BASE}/*`, etag({
    retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'],
  }));
  // Public reads: the ETag is the data's version, so a 304 runs no page query (http/cache.ts).
  app.use(`${API_BASE}/*`, versionedEtag(deps.db, API_BASE));

  app.get('/healthz', async (c) => {
    await deps.db.query('SELECT 1');
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok', database: deps.db.kind });
  });

  const api = new OpenAPIHono({ defaultHook: validationHook as never });
  api.openAPIRegistry.registerComponent('securitySchemes', 'moderatorToken', { type: 'http', scheme: 'bearer' });
  api.route('/', caseRoutes(deps));
  api.route('/', ratingRoutes(deps));
  api.route('/', commentRoutes(deps));
  api.route('/', followerRoutes(deps));
  api.route('/', moderationRoutes(deps));
  api.route('/', mailModerationRoutes(deps));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Casekit case API',
      version: '1.0.0',
      description:
        'Practice cases from Danish municipalities: search, read, rate, discuss and follow them. Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: API_BASE }],
  });
  app.route(API_BASE, api);
  // The server's own pages render through its API, answered in-process.
  app.route('/', pageRoutes({ ...deps, api: (request) => app.fetch(request) }));

  app.notFound((c) => problem(c, 404, 'not-found'));
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      if (err.status === 415) return problem(c, 415, 'unsupported-media-type');
      if (err.status === 413) return problem(c, 413, 'too-large');
      if (err.status === 400) return problem(c, 400, 'invalid-json');
      if (err.status < 500) return problem(c, err.status as 404, 'not-found');
    }
    // The database is restarting or out of reach: the request may simply be tried again.
    if (isDatabaseUnavailable(err)) {
      console.error(`[casekit] ${c.req.method} ${c.req.path}: database unavailable (${(err as Error).message})`);
      return problem(c, 503, 'unavailable', { seconds: RETRY_AFTER_SECONDS }, undefined, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    }
    // A real server fault: log it whole, tell the client nothing internal.
    console.error(`[casekit] ${c.req.method} ${c.req.path}:`, err);
    return problem(c, 500, 'internal');
  });
  return app;
}

export type { Config, Db, Deps };
