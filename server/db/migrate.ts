import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { seedIfEmpty } from '../seed/seed.js';
import type { Db } from './db.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
/** One advisory lock for everything that shapes the database: any number of instances may start at once. */
const SCHEMA_LOCK = 727274;

export interface Prepared {
  /** Migrations this call applied (empty when another instance already had). */
  applied: string[];
  /** Cases this call seeded (0 when the database already had cases). */
  seeded: number;
}

/**
 * Apply the .sql files in server/migrations in name order, each once, and seed an empty database —
 * all in one transaction under one lock. The lock is taken before anything else, even before
 * `schema_migrations` is created, so a second instance waits and then finds the work done.
 */
export async function prepareDatabase(db: Db, options: { seed: false | { generate: number } }): Promise<Prepared> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  const sources = await Promise.all(files.map(async (name) => ({ name, sql: await readFile(MIGRATIONS_DIR + name, 'utf8') })));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const { name, sql } of sources) {
      if (done.has(name)) continue;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    const seeded = options.seed ? await seedIfEmpty(tx, options.seed) : 0;
    return { applied, seeded };
  });
}

/** Migrations only (no seed). */
export async function migrate(db: Db): Promise<string[]> {
  return (await prepareDatabase(db, { seed: false })).applied;
}

/** Split a migration on semicolons at line ends; our migrations keep to that rule (no function bodies). */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
