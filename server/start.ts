import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { demoSite } from './demo/site.js';
import { checkConfig, configFromEnv, parseOrigins, parseTrustProxy, type Config, type MailConfig, type PoolConfig, type RateLimitConfig } from './config.js';
import type { Db } from './db/db.js';
import { prepareDatabase } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { startOutboxSender } from './mail/sender.js';
import { startDeskJobs } from './desk/jobs.js';
import { ensureModerator } from './queries/moderators.js';
import { answerClientErrors, drain, trackRequests } from './http/shutdown.js';

export interface StartOptions {
  /** 0 picks a free port. Default: PORT or 8080. */
  port?: number;
  host?: string;
  /** PGlite folder, or 'memory://' for an in-memory database. Ignored when databaseUrl is set. */
  dataDir?: string;
  /** A PGlite data-dir dump (`dumpDataDir()`) to start from: the tests clone one seeded database this way. */
  loadDataDir?: Blob;
  databaseUrl?: string;
  /** PostgreSQL pool (DATABASE_POOL_MAX, DATABASE_IDLE_TIMEOUT_SECONDS, or the URL's ?max=&idle_timeout=). */
  pool?: Partial<PoolConfig>;
  moderatorToken?: string;
  commentModeration?: 'post' | 'pre';
  /** '*' or comma-separated origins. */
  allowedOrigins?: string;
  rateLimit?: Partial<RateLimitConfig>;
  /** Proxies in front whose X-Forwarded-For hop to believe: true = 1, a hop count, or CIDRs (see TRUST_PROXY). */
  trustProxy?: boolean | number | string[];
  /** Seed an empty database: true = the five source cases plus SEED_GENERATE generated ones (default 300; SEED_ON_START). */
  seed?: boolean | { generate?: number };
  /** Serve this folder at / (the demo site), with the built bundles of `distDir` at /casekit/. */
  staticDir?: string;
  /** Where the built bundles are (default: dist). */
  distDir?: string;
  publicUrl?: string;
  /** Mail relay and retry settings (SMTP_URL, MAIL_RETRY_BASE_SECONDS, …). */
  mail?: Partial<MailConfig>;
  /** Longest a shutdown waits for requests in flight (DRAIN_SECONDS). */
  drainSeconds?: number;
  /** How long a shutdown keeps the port open first, answering /healthz 503 (DRAIN_DELAY_SECONDS). */
  drainDelaySeconds?: number;
  /** Read defaults from process.env (true for the CLI; false keeps tests hermetic). Default true. */
  fromEnv?: boolean;
  /** A named moderator to make (or re-key) at start-up with this token — the demo's. Env: DEMO_MODERATOR_TOKEN. */
  demoModerator?: { name: string; token: string };
  /** The demo's outbox page at /udbakke (shows recipients' addresses: demo only). Env: DEMO_OUTBOX=1. */
  demoOutbox?: boolean;
  /** Run the desk's digest and purge on their schedule (default true). */
  deskJobs?: boolean;
}

export const DEMO_MODERATOR_NAME = 'Demo-redaktør';

export interface RunningServer {
  url: string;
  port: number;
  /** The database, for assertions in tests: db.query(sql, params). */
  db: Db;
  config: Config;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const base = configFromEnv(options.fromEnv === false ? {} : process.env);
  const config: Config = {
    ...base,
    port: options.port ?? base.port,
    host: options.host ?? base.host,
    dataDir: options.dataDir ?? base.dataDir,
    databaseUrl: options.databaseUrl ?? base.databaseUrl,
    pool: { ...base.pool, ...options.pool },
    moderatorToken: options.moderatorToken ?? base.moderatorToken,
    commentModeration: options.commentModeration ?? base.commentModeration,
    allowedOrigins: options.allowedOrigins !== undefined ? parseOrigins(options.allowedOrigins) : base.allowedOrigins,
    rateLimit: { ...base.rateLimit, ...options.rateLimit },
    trustProxy: options.trustProxy !== undefined ? parseTrustProxy(options.trustProxy) : base.trustProxy,
    staticDir: options.staticDir ?? base.staticDir,
    publicUrl: options.publicUrl ?? base.publicUrl,
    mail: { ...base.mail, ...options.mail },
    drainSeconds: options.drainSeconds ?? base.drainSeconds,
    drainDelaySeconds: options.drainDelaySeconds ?? base.drainDelaySeconds,
  };
  config.smtpUrl = config.mail.url;

  checkConfig(config);

  const db = await openDatabase({ ...config, loadDataDir: options.loadDataDir });
  try {
    const seeding = options.seed ?? config.seedOnStart;
    const generate = typeof seeding === 'object' ? (seeding.generate ?? config.seedGenerate) : config.seedGenerate;
    await prepareDatabase(db, { seed: seeding === false ? false : { generate } });
    const demoToken = options.demoModerator?.token ?? (options.fromEnv === false ? undefined : process.env.DEMO_MODERATOR_TOKEN);
    if (demoToken) await ensureModerator(db, options.demoModerator?.name ?? DEMO_MODERATOR_NAME, demoToken);
  } catch (err) {
    await db.close();
    throw err;
  }

  let url = '';
  const outbox = startOutboxSender(db, config.mail);
  const app = createApp({
    db,
    config,
    publicUrl: () => config.publicUrl ?? url,
    outboxChanged: outbox.nudge,
  });
  const deskJobs = options.deskJobs === false ? { stop: () => undefined } : startDeskJobs(db, { publicUrl: () => config.publicUrl ?? url, outboxChanged: outbox.nudge });
  const demoOutbox = options.demoOutbox ?? (options.fromEnv !== false && process.env.DEMO_OUTBOX === '1');
  if (config.staticDir) {
    const outboxPage = demoOutbox ? { hasRelay: Boolean(config.mail.url) } : undefined;
    app.route('/', demoSite({ demoDir: config.staticDir, distDir: options.distDir ?? 'dist', db, config, outbox: outboxPage }));
  }

  const requests = trackRequests(app.fetch);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: requests.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  answerClientErrors(server);
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

  return {
    url,
    port,
    db,
    config,
    close: async () => {
      requests.startDraining();
      outbox.stop();
      deskJobs.stop();
      if (config.drainDelaySeconds > 0) await new Promise((r) => setTimeout(r, config.drainDelaySeconds * 1000));
      await drain(server, config.drainSeconds * 1000);
      await requests.idle(config.drainSeconds * 1000);
      await outbox.idle();
      await db.close();
    },
  };
}
