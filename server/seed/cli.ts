/**
 * npm run seed [-- --generate N] [--no-sources] [--seed S]
 * Seeds the database named by DATABASE_URL, or the PGlite folder DATA_DIR (default .data/).
 * Without --generate: the five source cases (on an empty database). With it: N generated cases more.
 */
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { countCases } from '../queries/cases.js';
import { seed } from './seed.js';

const { values } = parseArgs({
  options: {
    generate: { type: 'string', default: '0' },
    'no-sources': { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
});
const generate = Number(values.generate);
if (!Number.isInteger(generate) || generate < 0) {
  console.error('--generate must be a whole number ≥ 0');
  process.exit(2);
}
const config = configFromEnv();
const db = await openDatabase(config);
const started = Date.now();
await migrate(db);
const sources = !values['no-sources'] && (await countCases(db)) === 0;
const n = await db.transaction((tx) => seed(tx, { generate, sources, seed: values.seed ? Number(values.seed) : Date.now() % 1e9 }));
console.log(`Seeded ${n} cases (${sources ? 'the five source cases + ' : ''}${generate} generated) in ${Date.now() - started} ms; ${await countCases(db)} in all.`);
await db.close();
