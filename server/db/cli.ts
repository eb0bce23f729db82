/**
 * npm run migrate [-- --no-seed]
 * Applies the pending migrations to DATABASE_URL (or the PGlite folder DATA_DIR) and seeds an
 * empty database (SEED_GENERATE generated cases besides the five sources), under the same lock
 * the instances take at start-up: a release step for deployments that start instances with
 * SEED_ON_START=false. Safe to run while instances are running.
 */
import { parseArgs } from 'node:util';
import { configFromEnv, ConfigError } from '../config.js';
import { prepareDatabase } from './migrate.js';
import { openDatabase } from './open.js';

const { values } = parseArgs({ options: { 'no-seed': { type: 'boolean', default: false } } });
try {
  const config = configFromEnv();
  const db = await openDatabase(config);
  try {
    const { applied, seeded } = await prepareDatabase(db, { seed: values['no-seed'] ? false : { generate: config.seedGenerate } });
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'No migrations pending.');
    if (seeded > 0) console.log(`Seeded ${seeded} cases into the empty database.`);
  } finally {
    await db.close();
  }
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`Casekit cannot migrate: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
