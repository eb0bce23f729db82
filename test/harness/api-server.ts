/**
 * The reference API for the browser tests: `server/main.ts`'s start-up (configuration from the
 * environment, the same "listening on" line), but on an in-memory clone of the run's migrated
 * database (test/harness/seeded-db.ts) instead of initdb + migrations in a fresh folder — the
 * server then seeds SEED_GENERATE cases into it as on any first start.
 */
import { startServer } from '../../server/start.js';
import { migratedPgliteDump } from './seeded-db.js';

const server = await startServer({ dataDir: 'memory://', loadDataDir: await migratedPgliteDump() });
console.log(`Casekit API listening on ${server.url}`);
const stop = async (): Promise<void> => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
