/**
 * Configuration comes from environment variables only, parsed by one zod schema per variable;
 * a bad value stops start-up with a message naming the variable and what it takes.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

export interface RateLimitConfig {
  /** Guest writes (comments, follows, new cases) per visitor per minute. */
  writesPerMinute: number;
  /**
   * Votes per visitor per minute, a budget of their own: a reader who changes their answer
   * replaces their vote (one per address and question), and that must not cost them their next
   * comment. RATE_LIMIT_VOTES_PER_MINUTE; unset: twice the write budget, at least 60
   * (votesPerMinuteOf).
   */
  votesPerMinute?: number;
  /** View counts per visitor per minute. */
  viewsPerMinute: number;
  /** Length of the counting window ("minute"); shorter only in tests. */
  windowMs: number;
  /** Key for the HMAC of client addresses; unset: a secret made once and kept in the database. */
  secret: string | undefined;
}

/** The vote budget: as configured, else twice the write budget and at least 60 a minute. */
export const votesPerMinuteOf = (r: Pick<RateLimitConfig, 'writesPerMinute' | 'votesPerMinute'>): number =>
  r.votesPerMinute ?? Math.max(60, 2 * r.writesPerMinute);

/**
 * Which hops of X-Forwarded-For to believe: none, the N proxies in front of the server, or the
 * proxies at these addresses. The client is the right-most hop that is not a trusted proxy.
 */
export type TrustProxy = { hops: number } | { cidrs: string[] };

export interface PoolConfig {
  /** Connections per instance (PostgreSQL only). */
  max: number;
  /** Seconds an unused connection stays open before it is released. */
  idleTimeoutSeconds: number;
  /** How long start-up waits for the database (starting, out of connections) before giving up. */
  startTimeoutSeconds: number;
}

export interface MailConfig {
  /** smtp://user:pass@relay:587 (STARTTLS when offered), smtps://…:465 (TLS from the start). */
  url: string | undefined;
  from: string;
  /** Refuse to send unless the relay upgrades to TLS (STARTTLS). */
  requireTls: boolean;
  /** A PEM file of the CA that signed the relay's certificate (a municipality's own CA). */
  caFile: string | undefined;
  /** First retry after this many seconds; it doubles per attempt (at most an hour apart). */
  retryBaseSeconds: number;
  /** A message still not accepted after this many hours is marked failed and shown to moderators. */
  retryHours: number;
  /** How often each instance looks for messages due (besides being nudged by its own writes). */
  pollSeconds: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  pool: PoolConfig;
  moderatorToken: string | undefined;
  /** '*' or a list of exact origins. */
  allowedOrigins: '*' | string[];
  commentModeration: 'post' | 'pre';
  rateLimit: RateLimitConfig;
  trustProxy: TrustProxy;
  publicUrl: string | undefined;
  /** Same as mail.url; kept for the code that only asks whether mail is configured. */
  smtpUrl: string | undefined;
  mail: MailConfig;
  seedGenerate: number;
  /** Seed an empty database at start-up (false when `npm run migrate` does it as a release step). */
  seedOnStart: boolean;
  staticDir: string | undefined;
  /** Longest a SIGTERM waits for requests in flight before it cuts them. */
  drainSeconds: number;
  /**
   * After SIGTERM, keep the port open this long (answering, /healthz 503) before closing it: for
   * proxies with active health checks. 0 (default) closes it at once, which nginx's passive
   * checks handle best (a refused connection is retried on another instance).
   */
  drainDelaySeconds: number;
  /** The Casekit loader that server-rendered pages and oEmbed HTML add (`CASEKIT_SCRIPT_URL`); default: this server's /casekit/casekit.js when it serves the bundles. */
  scriptUrl?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

const unset = (v: unknown) => v === undefined || v === '';

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (v) => (unset(v) ? String(fallback) : String(v).trim()),
    z
      .string()
      .refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, {
        error: (i) => `must be a whole number from ${min} to ${max}, got "${String(i.input)}"`,
      })
      .transform(Number),
  );

const flag = (fallback: boolean) =>
  z.preprocess(
    (v) => (unset(v) ? String(fallback) : String(v).toLowerCase()),
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: (i) => `must be true or false, got "${String(i.input)}"` }),
  ).transform((v) => v === 'true' || v === '1' || v === 'yes');

const urlOf = (protocols: string[]) =>
  z.preprocess(
    (v) => (unset(v) ? undefined : v),
    z
      .string()
      .refine((v) => URL.canParse(v), { error: (i) => `is not a URL: "${String(i.input)}"` })
      .refine((v) => !URL.canParse(v) || protocols.includes(new URL(v).protocol), { error: `must start with ${protocols.map((p) => `${p}//`).join(' or ')}` })
      .optional(),
  );

const text = (fallback?: string) => z.preprocess((v) => (unset(v) ? fallback : v), z.string().optional());

/** One schema per variable, so an error names the variable and says what it takes. */
const ENV = {
  PORT: wholeNumber(0, 65535, 8080),
  HOST: text('127.0.0.1'),
  DATA_DIR: text('.data'),
  DATABASE_URL: urlOf(['postgres:', 'postgresql:']),
  DATABASE_POOL_MAX: wholeNumber(1, 1000, 10),
  DATABASE_IDLE_TIMEOUT_SECONDS: wholeNumber(1, 86_400, 30),
  DATABASE_START_TIMEOUT_SECONDS: wholeNumber(0, 3600, 60),
  MODERATOR_TOKEN: text().refine((v) => v === undefined || v.length >= 16, { error: 'must be at least 16 characters long' }),
  ALLOWED_ORIGINS: text(),
  COMMENT_MODERATION: z.preprocess((v) => (unset(v) ? 'post' : v), z.enum(['post', 'pre'], { error: (i) => `must be one of post, pre, got "${String(i.input)}"` })),
  RATE_LIMIT_WRITES_PER_MINUTE: wholeNumber(1, 1_000_000, 30),
  RATE_LIMIT_VIEWS_PER_MINUTE: wholeNumber(1, 1_000_000, 120),
  // 0 (or unset): derived from the write budget, see votesPerMinuteOf.
  RATE_LIMIT_VOTES_PER_MINUTE: wholeNumber(0, 1_000_000, 0),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 3600, 60),
  RATE_LIMIT_SECRET: text().refine((v) => v === undefined || v.length >= 32, { error: 'must be at least 32 characters long (e.g. openssl rand -hex 32)' }),
  TRUST_PROXY: text('false'),
  PUBLIC_URL: urlOf(['http:', 'https:']),
  SMTP_URL: urlOf(['smtp:', 'smtps:']),
  SMTP_FROM: text(),
  SMTP_REQUIRE_TLS: flag(false),
  SMTP_CA_FILE: text(),
  MAIL_RETRY_BASE_SECONDS: wholeNumber(1, 3600, 30),
  MAIL_RETRY_HOURS: wholeNumber(24, 24 * 14, 48),
  MAIL_POLL_SECONDS: wholeNumber(1, 3600, 30),
  SEED_GENERATE: wholeNumber(0, 100_000, 300),
  SEED_ON_START: flag(true),
  STATIC_DIR: text(),
  DRAIN_SECONDS: wholeNumber(1, 600, 20),
  DRAIN_DELAY_SECONDS: wholeNumber(0, 600, 0),
  CASEKIT_SCRIPT_URL: urlOf(['http:', 'https:']),
};

type Env = { [K in keyof typeof ENV]: z.output<(typeof ENV)[K]> };

function parseEnv(env: NodeJS.ProcessEnv): Env {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(ENV)) {
    const result = (schema as z.ZodType).safeParse(env[name]);
    if (!result.success) throw new ConfigError(name, result.error.issues[0]?.message ?? 'is not valid');
    out[name] = result.data;
  }
  return out as Env;
}

export function parseOrigins(raw: string | undefined, name = 'ALLOWED_ORIGINS'): '*' | string[] {
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return '*';
  const origins = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError(name, `"${origin}" is not an origin like https://www.holstebro.dk (no path, no trailing slash)`);
    }
  }
  return origins;
}

/**
 * TRUST_PROXY: `false`/`0` (no proxy), a hop count (`1` for one nginx in front; `true` means 1),
 * or a comma-separated list of proxy addresses and CIDR ranges (`10.0.0.0/8, ::1`).
 */
export function parseTrustProxy(raw: string | number | boolean | string[] | undefined, name = 'TRUST_PROXY'): TrustProxy {
  if (raw === undefined || raw === false || raw === '' || raw === 'false') return { hops: 0 };
  if (raw === true || raw === 'true') return { hops: 1 };
  if (typeof raw === 'number' || /^\d+$/.test(String(raw))) {
    const hops = Number(raw);
    if (!Number.isInteger(hops) || hops > 10) throw new ConfigError(name, `a hop count must be a whole number from 0 to 10, got "${raw}"`);
    return { hops };
  }
  const cidrs = (Array.isArray(raw) ? raw : String(raw).split(',')).map((s) => s.trim()).filter(Boolean);
  for (const cidr of cidrs) {
    const [address, bits, ...rest] = cidr.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !validBits || rest.length > 0) {
      throw new ConfigError(name, `"${cidr}" is neither a hop count, true/false, nor an address or CIDR range like 10.0.0.0/8 or fd00::/8`);
    }
  }
  return { cidrs };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;
export const isLoopbackHost = (host: string): boolean => LOOPBACK.test(host.replace(/^\[|\]$/g, ''));

/** postgres://…?max=20&idle_timeout=10: the URL's own pool settings win over the environment's. */
function poolFromUrl(url: string | undefined, fallback: PoolConfig): PoolConfig {
  if (!url) return fallback;
  const params = new URL(url).searchParams;
  const read = (param: string, fb: number, min: number, max: number) => {
    const raw = params.get(param);
    if (raw === null) return fb;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError('DATABASE_URL', `?${param}= must be a whole number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  return {
    ...fallback,
    max: read('max', fallback.max, 1, 1000),
    idleTimeoutSeconds: read('idle_timeout', fallback.idleTimeoutSeconds, 1, 86_400),
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(env);
  const host = e.HOST ?? '127.0.0.1';
  const smtpUrl = e.SMTP_URL;
  return {
    port: e.PORT,
    host,
    dataDir: e.DATA_DIR ?? '.data',
    databaseUrl: e.DATABASE_URL,
    pool: poolFromUrl(e.DATABASE_URL, {
      max: e.DATABASE_POOL_MAX,
      idleTimeoutSeconds: e.DATABASE_IDLE_TIMEOUT_SECONDS,
      startTimeoutSeconds: e.DATABASE_START_TIMEOUT_SECONDS,
    }),
    moderatorToken: e.MODERATOR_TOKEN,
    allowedOrigins: parseOrigins(e.ALLOWED_ORIGINS),
    commentModeration: e.COMMENT_MODERATION,
    rateLimit: {
      writesPerMinute: e.RATE_LIMIT_WRITES_PER_MINUTE,
      viewsPerMinute: e.RATE_LIMIT_VIEWS_PER_MINUTE,
      votesPerMinute: e.RATE_LIMIT_VOTES_PER_MINUTE || undefined,
      windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
      secret: e.RATE_LIMIT_SECRET,
    },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    publicUrl: e.PUBLIC_URL,
    smtpUrl,
    mail: {
      url: smtpUrl,
      from: e.SMTP_FROM ?? (smtpUrl ? new URL(smtpUrl).searchParams.get('from') : null) ?? 'casekit@localhost',
      requireTls: e.SMTP_REQUIRE_TLS,
      caFile: e.SMTP_CA_FILE,
      retryBaseSeconds: e.MAIL_RETRY_BASE_SECONDS,
      retryHours: e.MAIL_RETRY_HOURS,
      pollSeconds: e.MAIL_POLL_SECONDS,
    },
    seedGenerate: e.SEED_GENERATE,
    seedOnStart: e.SEED_ON_START,
    staticDir: e.STATIC_DIR,
    drainSeconds: e.DRAIN_SECONDS,
    drainDelaySeconds: e.DRAIN_DELAY_SECONDS,
    scriptUrl: e.CASEKIT_SCRIPT_URL,
  };
}

/**
 * Checks that need the whole configuration, after options are merged: links in e-mails must point
 * at the public address, not at whichever instance wrote them, once the server faces a network.
 */
export function checkConfig(config: Config): void {
  if (!config.publicUrl && !isLoopbackHost(config.host)) {
    throw new ConfigError(
      'PUBLIC_URL',
      `must be set when HOST is "${config.host}" (not loopback): the links in e-mails must point at the address readers use, e.g. https://cases.holstebro.dk`,
    );
  }
}
