/**
 * PostgreSQL as several instances share it: the pool releases idle connections, a full database
 * (max_connections / the role's limit) gives 503 + Retry-After instead of a crash or a hang, a
 * starting instance waits for a free connection; and a stopping instance drains: /healthz 503 at
 * once, `Connection: close`, requests in flight finish.
 */
import assert from 'node:assert/strict';
import { request, type Agent } from 'node:http';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { startServer, type RunningServer } from '../../server/start.js';
import { lockTables } from '../harness/table-lock.js';
import { freshPostgres, HOLSTEBRO, runsOn, waitFor } from './helpers.js';

// In the PostgreSQL step only: the PGlite step, with TEST_DATABASE_URL set too, ran them a second time.
const adminUrl = runsOn('postgres') ? process.env.TEST_DATABASE_URL : undefined;

function get(url: string, agent?: Agent): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: agent ?? false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

if (adminUrl) {
  describe('the pool at the database’s connection limit (postgres)', () => {
    let db: Awaited<ReturnType<typeof freshPostgres>>;
    let limitedUrl: string;
    const role = `casekit_limited_${process.pid}`;
    before(async () => {
      db = await freshPostgres(adminUrl);
      const admin = postgres(db.url, { max: 1, onnotice: () => undefined });
      await admin.unsafe(`DROP ROLE IF EXISTS ${role}`);
      // Two connections for this role: as if max_connections were nearly reached.
      await admin.unsafe(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 2`);
      await admin.unsafe(`GRANT ALL ON SCHEMA public TO ${role}`);
      await admin.end();
      const url = new URL(db.url);
      url.username = role;
      limitedUrl = url.toString();
      // Migrate and seed as the owner; the limited role only reads and writes.
      const owner = await startServer({ port: 0, fromEnv: false, databaseUrl: db.url, seed: { generate: 0 } });
      const grant = postgres(db.url, { max: 1, onnotice: () => undefined });
      await grant.unsafe(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
      await grant.end();
      await owner.close();
    });
    after(async () => {
      await db?.drop();
      const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      await admin.unsafe(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    });

    it('answers 503 + Retry-After past the limit, serves the rest, and gives idle connections back', async () => {
      const a = await startServer({ port: 0, fromEnv: false, databaseUrl: limitedUrl, seed: false, pool: { max: 5, idleTimeoutSeconds: 1 } });
      let b: RunningServer | undefined;
      try {
        // 20 requests at once want 5 connections; the database allows 2.
        const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => get(`${a.url}/api/v1/cases/${HOLSTEBRO}?n=${i}`)));
        const statuses = answers.map((r) => r.status);
        assert.ok(statuses.includes(200), `some served: ${statuses.join(',')}`);
        assert.ok(statuses.every((s) => s === 200 || s === 503), statuses.join(','));
        for (const r of answers.filter((x) => x.status === 503)) {
          assert.ok(Number(r.headers['retry-after']) > 0);
          assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
        }
        // A second instance starting now waits for a connection instead of exiting; it gets one
        // once the first has released its idle ones (idle timeout 1 s).
        b = await startServer({ port: 0, fromEnv: false, databaseUrl: limitedUrl, seed: false, pool: { max: 1, idleTimeoutSeconds: 1, startTimeoutSeconds: 60 } });
        assert.equal((await get(`${b.url}/healthz`)).status, 200);
      } finally {
        await b?.close();
        await a.close();
      }
    });
  });

  describe('SIGTERM drain (postgres, in process)', () => {
    let db: Awaited<ReturnType<typeof freshPostgres>>;
    before(async () => {
      db = await freshPostgres(adminUrl);
    });
    after(() => db?.drop());

    it('answers /healthz 503 at once, says Connection: close, and finishes the request in flight', async () => {
      // The port stays open 5 s after the stop, as for a proxy that health-checks actively.
      const s = await startServer({ port: 0, fromEnv: false, databaseUrl: db.url, seed: { generate: 0 }, drainDelaySeconds: 5 });
      assert.equal((await get(`${s.url}/healthz`)).status, 200);
      // Another session locks the comments: a comment read waits in flight.
      const lock = await lockTables(db.url, ['comments']);
      const inFlight = get(`${s.url}/api/v1/cases/${HOLSTEBRO}/comments`);
      // The request reached the server: its lock wait shows in pg_stat_activity.
      const watcher = postgres(db.url, { max: 1, onnotice: () => undefined });
      await waitFor(
        async () => (await watcher.unsafe(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).length > 0,
        'the comment read to wait for the lock',
        { timeout: 60_000 },
      );
      await watcher.end();
      const closed = s.close();
      const health = await get(`${s.url}/healthz`);
      assert.equal(health.status, 503);
      assert.equal(health.headers.connection, 'close');
      await lock.release();
      const answered = await inFlight;
      assert.equal(answered.status, 200, 'the request in flight finished');
      assert.equal(answered.headers.connection, 'close');
      await closed;
    });
  });
}
