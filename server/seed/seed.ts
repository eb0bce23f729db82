import type { Queryable } from '../db/db.js';
import { countCases, insertCases } from '../queries/cases.js';
import { generateCases } from './generate.js';
import { SOURCE_CASES } from './sources/index.js';

/** The five source cases, published, dated a day apart in the order of the source folder. */
export function sourceRecords() {
  const base = Date.UTC(2025, 0, 1);
  return SOURCE_CASES.map((c, i) => ({
    ...c,
    status: 'published' as const,
    generated: false,
    createdAt: new Date(base + i * 86_400_000).toISOString(),
  }));
}

/**
 * Seed a database that has no cases yet; returns how many were inserted. Call it inside the
 * transaction that holds the schema lock (db/migrate.ts), so two instances never both seed.
 */
export async function seedIfEmpty(db: Queryable, options: { generate: number }): Promise<number> {
  if ((await countCases(db)) > 0) return 0;
  return seed(db, options);
}

/** Insert the cases; run it in a transaction (a half-seeded database would never be seeded again). */
export async function seed(db: Queryable, options: { generate: number; sources?: boolean; seed?: number }): Promise<number> {
  const records = [...(options.sources === false ? [] : sourceRecords()), ...generateCases(options.generate, options.seed)];
  await insertCases(db, records);
  // Merge the rows the GIN index holds in its unsorted pending list (every search would scan it
  // until a vacuum, and PGlite never runs one), and gather statistics, or the planner guesses
  // row counts for a table it believes empty.
  await db.query(`SELECT gin_clean_pending_list('cases_search'::regclass)`);
  await db.query('ANALYZE cases');
  return records.length;
}
