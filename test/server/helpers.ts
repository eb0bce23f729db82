import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { describe } from 'node:test';
import postgres from 'postgres';
import { startServer, type RunningServer, type StartOptions } from '../../server/start.js';
import { migratedPgliteDump, migratedPostgresTemplate } from '../harness/seeded-db.js';

export { waitFor } from '../harness/wait-for.js';

export const MODERATOR_TOKEN = 'test-moderator-token-0123456789';

/**
 * The databases the suite runs against: PGlite always, a PostgreSQL server when TEST_DATABASE_URL
 * is set. CASEKIT_TEST_BACKENDS (`pglite`, `postgres`, or both comma-separated) narrows it: `npm test`
 * runs the two as parallel steps.
 */
export const BACKENDS: { name: 'pglite' | 'postgres'; url?: string }[] = [
  { name: 'pglite' as const },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const, url: process.env.TEST_DATABASE_URL }] : []),
].filter((backend) => (process.env.CASEKIT_TEST_BACKENDS ?? 'pglite,postgres').split(',').includes(backend.name));

/** True when this run covers `name`: tests written for one backend only run in its step. */
export const runsOn = (name: 'pglite' | 'postgres'): boolean => BACKENDS.some((backend) => backend.name === name);

/** A `describe` for tests written for one backend: it runs in that backend's step only (never as "skipped"). */
export function describeOn(name: 'pglite' | 'postgres', title: string, fn: () => void): void {
  if (runsOn(name)) describe(title, fn);
}

/**
 * A fresh database on the PostgreSQL server — empty, or a copy of `template`; drop() removes it.
 * `template` may be a function that names (and if need be makes) the template: a template
 * dropped meanwhile by a run of other code on the same server is then made again.
 */
export async function freshPostgres(
  adminUrl: string,
  template?: () => Promise<string>,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `casekit_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    if (!template) await admin.unsafe(`CREATE DATABASE ${name}`);
    else {
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${await template()}`).catch(async () => {
        await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${await template()}`);
      });
    }
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export interface TestServer extends RunningServer {
  api: (path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>;
  /** Every public (non-moderation) response body this server sent, and the private addresses it was given. */
  seen: Seen;
}

/** What a privacy scan needs: the public bodies, and the addresses that must never be in them. */
export class Seen {
  readonly bodies: Promise<{ path: string; body: string }>[] = [];
  /** Readers' addresses: a comment's `email`, a follower's `email`, a case's `submitterEmail`. */
  readonly privateEmails = new Set<string>();

  record(path: string, body: Promise<string>): void {
    if (!/\/moderation\//.test(path)) this.bodies.push(body.then((b) => ({ path, body: b })));
  }

  /** Note the private addresses in a request body sent to the API (top-level `email`, `submitterEmail`). */
  sent(body: unknown): void {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    for (const key of ['email', 'submitterEmail']) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.includes('@')) this.privateEmails.add(value.toLowerCase());
    }
  }
}

/** The addresses a test client connects from, which no public response may show. */
export const CLIENT_IPS = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/**
 * Fail if any public response body seen contains a reader's e-mail address or a client IP.
 * Returns how many bodies were scanned.
 */
export async function assertNothingPrivateSeen(seen: Seen, extraIps: string[] = []): Promise<number> {
  const bodies = await Promise.all(seen.bodies);
  for (const { path, body } of bodies) {
    const lower = body.toLowerCase();
    for (const email of seen.privateEmails) assert.ok(!lower.includes(email), `${path} shows the private address ${email}`);
    for (const ip of [...CLIENT_IPS, ...extraIps]) assert.ok(!body.includes(ip), `${path} shows the IP ${ip}`);
  }
  return bodies.length;
}

/**
 * Start a server on a fresh database of the given backend, seeded with the five cases plus
 * `generate` (default 40): a clone of the run's migrated database (test/harness/seeded-db.ts),
 * which the server seeds on start as it seeds any empty database. `seed: false` leaves it empty.
 */
export async function startTestServer(
  backend: (typeof BACKENDS)[number],
  options: StartOptions = {},
): Promise<TestServer> {
  const seed = options.seed ?? { generate: 40 };
  const adminUrl = backend.url;
  const pg = adminUrl ? await freshPostgres(adminUrl, () => migratedPostgresTemplate(adminUrl)) : null;
  const loadDataDir = pg ? undefined : await migratedPgliteDump();
  const server = await startServer({
    port: 0,
    fromEnv: false,
    dataDir: 'memory://',
    moderatorToken: MODERATOR_TOKEN,
    rateLimit: { writesPerMinute: 100_000, viewsPerMinute: 100_000 },
    ...options,
    seed,
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(pg ? { databaseUrl: pg.url } : {}),
  }).catch(async (err: unknown) => {
    await pg?.drop();
    throw err;
  });
  const seen = new Seen();
  return {
    ...server,
    seen,
    close: async () => {
      await server.close();
      await pg?.drop();
    },
    api: async (path, init = {}) => {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined) headers.set('content-type', 'application/json');
      seen.sent(json);
      const res = await fetch(`${server.url}/api/v1${path}`, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      }).catch((error: unknown) => {
        // "fetch failed" alone says nothing: name the request and what the connection met.
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        throw new Error(`${rest.method ?? 'GET'} ${path} failed${cause}`, { cause: error });
      });
      seen.record(path, res.clone().text());
      return res;
    },
  };
}

export const HOLSTEBRO = 'faellesskabsportraetter-holstebro';
export const jsonOf = async <T = any>(res: Response): Promise<T> => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request exactly as given — any method, any bytes, any (even malformed) path —
 * which fetch would refuse or normalise.
 */
export function rawRequest(
  baseUrl: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method: options.method, path: options.path, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
