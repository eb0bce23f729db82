/**
 * Per-suite set-up of the API tests, before and after #11: a server on a freshly migrated and
 * seeded database (what every suite did) against a server on a clone of the run's seeded database
 * (test/harness/seeded-db.ts). `node --import tsx bench/test-setup.mjs [rounds]`; with
 * TEST_DATABASE_URL set, PostgreSQL too. Prints medians in ms and the machine's load.
 */
import { loadavg } from 'node:os';
import { startServer } from '../server/start.ts';
import { BACKENDS, freshPostgres, startTestServer } from '../test/server/helpers.ts';

const rounds = Number(process.argv[2] ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn) {
  const started = performance.now();
  const server = await fn();
  const ms = performance.now() - started;
  await server.close();
  return ms;
}

console.log(`load before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const backend of BACKENDS) {
  const fresh = [];
  const cloned = [];
  // The first clone also makes the run's seeded database: timed apart.
  const first = await time(() => startTestServer(backend));
  for (let i = 0; i < rounds; i++) {
    fresh.push(
      await time(async () => {
        const pg = backend.url ? await freshPostgres(backend.url) : null;
        const server = await startServer({ port: 0, fromEnv: false, dataDir: 'memory://', seed: { generate: 40 }, ...(pg ? { databaseUrl: pg.url } : {}) });
        return { close: async () => (await server.close(), await pg?.drop()) };
      }),
    );
    cloned.push(await time(() => startTestServer(backend)));
  }
  console.log(
    `${backend.name}: fresh migrate+seed ${median(fresh).toFixed(0)} ms, clone ${median(cloned).toFixed(0)} ms (median of ${rounds}); first clone incl. making the seeded database ${first.toFixed(0)} ms`,
  );
}
console.log(`load after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
