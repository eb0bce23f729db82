/** Configuration comes from environment variables only; a bad value stops start-up naming the variable. */
export interface RateLimitConfig {
  /** Guest writes (comments, votes, follows, new cases) per visitor per minute. */
  writesPerMinute: number;
  /** View counts per visitor per minute. */
  viewsPerMinute: number;
  /** Length of the counting window ("minute"); shorter only in tests. */
  windowMs: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  moderatorToken: string | undefined;
  /** '*' or a list of exact origins. */
  allowedOrigins: '*' | string[];
  commentModeration: 'post' | 'pre';
  rateLimit: RateLimitConfig;
  trustProxy: boolean;
  publicUrl: string | undefined;
  smtpUrl: string | undefined;
  seedGenerate: number;
  staticDir: string | undefined;
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

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL: "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}`);
  }
  return raw;
}

export function parseOrigins(raw: string | undefined, name = 'ALLOWED_ORIGINS'): '*' | string[] {
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return '*';
  const origins = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new ConfigError(name, `"${origin}" is not an origin like https://www.holstebro.dk (no path, no trailing slash)`);
    }
  }
  return origins;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const token = env.MODERATOR_TOKEN;
  if (token !== undefined && token !== '' && token.length < 16) {
    throw new ConfigError('MODERATOR_TOKEN', 'must be at least 16 characters long');
  }
  const host = env.HOST || '127.0.0.1';
  return {
    port: int(env, 'PORT', 8080, 0, 65535),
    host,
    dataDir: env.DATA_DIR || '.data',
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    moderatorToken: token || undefined,
    allowedOrigins: parseOrigins(env.ALLOWED_ORIGINS),
    commentModeration: oneOf(env, 'COMMENT_MODERATION', ['post', 'pre'] as const, 'post'),
    rateLimit: {
      writesPerMinute: int(env, 'RATE_LIMIT_WRITES_PER_MINUTE', 30, 1, 1_000_000),
      viewsPerMinute: int(env, 'RATE_LIMIT_VIEWS_PER_MINUTE', 120, 1, 1_000_000),
      windowMs: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600) * 1000,
    },
    trustProxy: oneOf(env, 'TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true',
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:']),
    seedGenerate: int(env, 'SEED_GENERATE', 300, 0, 100_000),
    staticDir: env.STATIC_DIR || undefined,
    scriptUrl: url(env, 'CASEKIT_SCRIPT_URL', ['http:', 'https:']),
  };
}
