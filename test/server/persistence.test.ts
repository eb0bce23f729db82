import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startServer } from '../../server/start.js';
import { emptyPgliteDump } from '../harness/seeded-db.js';
import { BACKENDS, freshPostgres, HOLSTEBRO } from './helpers.js';

for (const backend of BACKENDS) {
  describe(`persistence (${backend.name})`, () => {
    it('keeps data across a restart on the same database, without seeding twice', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'casekit-'));
      const pg = backend.url ? await freshPostgres(backend.url) : null;
      const where = pg ? { databaseUrl: pg.url } : { dataDir: dir };
      try {
        // PGlite's folder starts as initdb leaves it (a copy, not initdb again): the server migrates and seeds it.
        const empty = pg ? {} : { loadDataDir: await emptyPgliteDump() };
        const first = await startServer({ port: 0, fromEnv: false, seed: { generate: 3 }, ...where, ...empty });
        const post = await fetch(`${first.url}/api/v1/cases/${HOLSTEBRO}/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ authorName: 'Vedvarende', text: 'overlever genstart' }),
        });
        assert.equal(post.status, 201);
        await first.close();
        const second = await startServer({ port: 0, fromEnv: false, seed: { generate: 3 }, ...where });
        const list = await (await fetch(`${second.url}/api/v1/cases/${HOLSTEBRO}/comments`)).text();
        assert.match(list, /overlever genstart/);
        const [row] = await second.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
        assert.equal(row?.n, 8);
        const [m] = await second.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
        assert.ok((m?.n ?? 0) >= 1);
        await second.close();
      } finally {
        await pg?.drop();
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
}
