import type { Db } from '../db/db.js';
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

/** Seed a database that has no cases yet; returns how many were inserted. */
export async function seedIfEmpty(db: Db, options: { generate: number }): Promise<number> {
  if ((await countCases(db)) > 0) return 0;
  return seed(db, options);
}

export async function seed(db: Db, options: { generate: number; sources?: boolean; seed?: number }): Promise<number> {
  const records = [...(options.sources === false ? [] : sourceRecords()), ...generateCases(options.generate, options.seed)];
  await db.transaction((tx) => insertCases(tx, records));
  // Merge the rows the GIN index holds in its unsorted pending list (every search would scan it
  // until a vacuum, and PGlite never runs one), and gather statistics, or the planner guesses
  // row counts for a table it believes empty.
  await db.query(`SELECT gin_clean_pending_list('cases_search'::regclass)`);
  await db.exec('ANALYZE cases');
  return records.length;
}
