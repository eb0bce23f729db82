/**
 * One migrated and seeded database per run, cloned for every suite, instead of migrating and
 * seeding a fresh one in each (seconds per suite on a busy machine):
 * - PGlite: the seeded database's data dir is dumped once to a tar file, and each suite starts
 *   an in-memory PGlite from it (`startServer({ loadDataDir })`);
 * - PostgreSQL: a template database, seeded once, and `CREATE DATABASE … TEMPLATE` per suite.
 *
 * Both are keyed by a hash of everything under server/ (migrations, seed, code) and the seed
 * options, so a change to any of them seeds afresh. `npm test` points CASEKIT_TEST_CACHE at a
 * folder of its own for the run and removes it afterwards; a test file run alone uses a shared
 * folder in the system's temp dir. Builds are atomic (write, then rename), so two processes
 * that build the same template at once both end up with a good one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { prepareDatabase } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/pglite.js';
import { openPostgres } from '../../server/db/postgres.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let sourceHash: string | undefined;
/** A hash of every file under server/ and of the PGlite version: what the seeded database depends on. */
function serverHash(): string {
  if (sourceHash) return sourceHash;
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(ROOT.length)).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'server'));
  hash.update(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
  return (sourceHash = hash.digest('hex').slice(0, 12));
}

const cacheDir = (): string => process.env.CASEKIT_TEST_CACHE ?? join(tmpdir(), 'casekit-test-cache');

/** Migrates and seeds like the server's first start: the five source cases plus `generate` generated ones. */
async function migrateAndSeed(db: Parameters<typeof prepareDatabase>[0], generate: number): Promise<void> {
  await prepareDatabase(db, { seed: { generate } });
}

const dumps = new Map<number, Promise<Blob>>();

/** The seeded PGlite database as a data-dir dump, made once per run (and per process, read from disk). */
export function seededPgliteDump(generate: number): Promise<Blob> {
  let dump = dumps.get(generate);
  if (!dump) {
    dump = loadOrBuildDump(generate);
    dumps.set(generate, dump);
  }
  return dump;
}

async function loadOrBuildDump(generate: number): Promise<Blob> {
  const dir = cacheDir();
  const file = join(dir, `pglite-${serverHash()}-${generate}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not made yet in this run: make it.
  }
  const db = await openPglite('memory://');
  try {
    await migrateAndSeed(db, generate);
    const dump = await db.dumpDataDir();
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    removeStale(dir);
    return dump;
  } finally {
    await db.close();
  }
}

/** Dumps left by earlier runs a day ago or more (other code, other seeds). */
function removeStale(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { force: true });
  }
}

const admin = (adminUrl: string) => postgres(adminUrl, { max: 1, onnotice: () => undefined });

/**
 * The name of a seeded template database on the PostgreSQL server at `adminUrl`, made once
 * (under an advisory lock, so parallel test processes wait for the first one instead of racing).
 */
export async function seededPostgresTemplate(adminUrl: string, generate: number): Promise<string> {
  const name = `casekit_template_${serverHash()}_${generate}`;
  const sql = admin(adminUrl);
  try {
    await sql`SELECT pg_advisory_lock(hashtext('casekit test templates'))`;
    const [existing] = await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!existing) {
      // Built under another name and renamed when complete: a crash half-way never leaves a half-seeded template.
      const building = `${name}_building`;
      await sql.unsafe(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await sql.unsafe(`CREATE DATABASE ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const db = await openPostgres(url.toString());
      try {
        await migrateAndSeed(db, generate);
      } finally {
        await db.close();
      }
      await sql.unsafe(`ALTER DATABASE ${building} RENAME TO ${name}`);
      // Templates of other code or seeds: gone, unless a clone is being made from one right now.
      const stale = await sql`SELECT datname FROM pg_database WHERE datname LIKE 'casekit\\_template\\_%' AND datname NOT LIKE ${`casekit\\_template\\_${serverHash()}\\_%`}`;
      for (const { datname } of stale) await sql.unsafe(`DROP DATABASE IF EXISTS ${datname as string}`).catch(() => undefined);
    }
    return name;
  } finally {
    await sql`SELECT pg_advisory_unlock(hashtext('casekit test templates'))`.catch(() => undefined);
    await sql.end();
  }
}
