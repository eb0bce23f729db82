import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEMO_OUTBOX_PATH, outboxPage } from './outbox.js';
import { cspReport, CSP_REPORT_MAX_BYTES, CSP_REPORTS_PER_MINUTE } from './csp-report.js';
import type { Config } from '../config.js';
import type { Queryable } from '../db/db.js';
import { rateLimit } from '../http/rate-limit.js';
import { problem } from '../http/problem.js';
import { styleHashes } from '../render/html.js';

/**
 * The Content-Security-Policy a careful municipality would send: no inline
 * script or style, no eval, Trusted Types enforced. Casekit must work under it
 * (Lit's own `lit-html` policy is the only one it needs). Violations are
 * reported to /csp-report and logged, so a regression shows in the server log.
 */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  'report-uri /csp-report',
].join('; ');

/**
 * The demo's policy for one response. A page that holds a server-rendered embed
 * (oEmbed HTML pasted into the CMS) carries the widgets' styles in `<style>`
 * blocks inside their declarative shadow roots; a strict site allows exactly
 * those by hash, as it would its own — never 'unsafe-inline'. Pages without
 * such blocks get DEMO_CSP unchanged.
 */
async function demoCsp(response: Response): Promise<string> {
  if (!response.headers.get('Content-Type')?.startsWith('text/html')) return DEMO_CSP;
  const hashes = styleHashes(await response.clone().text());
  return hashes.length ? DEMO_CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`) : DEMO_CSP;
}

export interface DemoSiteOptions {
  /** The report endpoint's rate limit is the shared one (db), keyed by the client as config says. */
  db: Queryable;
  config: Pick<Config, 'trustProxy' | 'rateLimit'>;
  /** The demo's HTML pages and assets. */
  demoDir: string;
  /** The built bundles, served at /casekit/ as a CDN would serve them. */
  distDir: string;
  /** Show the queued e-mails at /udbakke (demo only: it shows recipients' addresses). */
  outbox?: { hasRelay: boolean };
}

/** The demo municipal site: static pages under a strict CSP, with Casekit's bundles at /casekit/. */
export function demoSite({ demoDir, distDir, db, config, outbox }: DemoSiteOptions): Hono {
  const site = new Hono();
  site.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', await demoCsp(c.res));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  // Anyone can post here, so: a small body, a rate limit, and a log line made of escaped fields.
  site.post(
    '/csp-report',
    bodyLimit({ maxSize: CSP_REPORT_MAX_BYTES, onError: (c) => problem(c, 413, 'report-too-large', { kb: CSP_REPORT_MAX_BYTES / 1024 }) }),
    rateLimit({ db, config, rule: { name: 'csp-reports', limit: CSP_REPORTS_PER_MINUTE, windowMs: 60_000 }, applies: () => true }),
    cspReport,
  );
  // The loader keeps its name between versions; entries and chunks carry their content's hash.
  site.use('/casekit/*', async (c, next) => {
    await next();
    const hashed = /^\/casekit\/(elements|chunks)\//.test(c.req.path);
    if (c.res.ok) c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
  });
  site.use(
    '/casekit/*',
    serveStatic({ root: distDir, rewriteRequestPath: (path) => path.replace(/^\/casekit/, '') }),
  );
  if (outbox) site.get(DEMO_OUTBOX_PATH, (c) => outboxPage(c, db, outbox.hasRelay));
  site.use('/*', serveStatic({ root: demoDir }));
  return site;
}
