import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { startServer, type RunningServer, type StartOptions } from '../../server/start.js';

export const MODERATOR_TOKEN = 'test-moderator-token-0123456789';

/** The databases the suite runs against: PGlite always, a PostgreSQL server when TEST_DATABASE_URL is set. */
export const BACKENDS: { name: 'pglite' | 'postgres'; url?: string }[] = [
  { name: 'pglite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const, url: process.env.TEST_DATABASE_URL }] : []),
];

/** A fresh, empty database on the PostgreSQL server; drop() removes it. */
export async function freshPostgres(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `casekit_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
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
}

/** Start a server on a fresh database of the given backend, seeded with the five cases plus `generate`. */
export async function startTestServer(
  backend: (typeof BACKENDS)[number],
  options: StartOptions = {},
): Promise<TestServer> {
  const pg = backend.url ? await freshPostgres(backend.url) : null;
  const server = await startServer({
    port: 0,
    fromEnv: false,
    dataDir: 'memory://',
    moderatorToken: MODERATOR_TOKEN,
    seed: { generate: 40 },
    rateLimit: { writesPerMinute: 100_000, viewsPerMinute: 100_000 },
    ...options,
    ...(pg ? { databaseUrl: pg.url } : {}),
  }).catch(async (err: unknown) => {
    await pg?.drop();
    throw err;
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      await pg?.drop();
    },
    api: (path, init = {}) => {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${server.url}/api/v1${path}`, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
  };
}

export const HOLSTEBRO = 'faellesskabsportraetter-holstebro';
export const jsonOf = async <T = any>(res: Response): Promise<T> => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any
