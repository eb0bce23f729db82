/**
 * One migrated database per run, cloned for every test server, instead of making one per server
 * (PGlite's initdb alone costs ~9 s of CPU; seeding 40 cases a tenth of that):
 * - PGlite: a migrated data dir, dumped once to a tar file; each server starts an in-memory
 *   PGlite from it (`startServer({ loadDataDir })`) and seeds its own cases on start, as a
 *   production server does on an empty database. One dump serves every seed size. A second dump,
 *   taken before the migrations, serves the tests of a first start on an empty database.
 * - PostgreSQL: a migrated template database, and `CREATE DATABASE … TEMPLATE` per server.
 *
 * The PGlite dumps carry `shared_buffers = 16MB` (postgresql.auto.conf): a test database holds a
 * few megabytes, and the default 128 MB pool doubled the CPU each clone's start took. They are
 * made with small WAL segments and without the template databases (test/harness/pglite-dump.ts).
 *
 * Both are keyed by a hash of everything under server/ (migrations and code), so a change there
 * migrates afresh. `npm test` points CASEKIT_TEST_CACHE at a folder of its own for the run and
 * removes it afterwards; a test run alone uses a shared folder in the system's temp dir. The dumps
 * are made under a lock file, so parallel processes (the two browser-test APIs, the API suites)
 * make them once and the others wait; a lock left by a process that died is taken over.
 *
 * `node --import tsx test/harness/seeded-db.ts` makes the PGlite dumps ahead.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { prepareDatabase } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/pglite.js';
import { openPostgres } from '../../server/db/postgres.js';
import { INITDB_ARGS, withOnlyDatabase } from './pglite-dump.js';
import { waitFor } from './wait-for.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let sourceHash: string | undefined;
/** A hash of every file under server/ and of the PGlite version: what the migrated database depends on. */
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

type DumpKind = 'empty' | 'migrated';
const dumpFile = (kind: DumpKind): string => join(cacheDir(), `pglite-${serverHash()}-${kind}.tar`);

let made: Promise<void> | undefined;
const dumps = new Map<DumpKind, Promise<Blob>>();

/** The migrated (unseeded) PGlite database as a data-dir dump: made once per run, read once per process. */
export const migratedPgliteDump = (): Promise<Blob> => pgliteDump('migrated');

/**
 * A PGlite database fresh from initdb (nothing migrated) as a data-dir dump, for the tests of a
 * first start on an empty database: they skip PGlite's initdb, not the server's migrations or seed.
 */
export const emptyPgliteDump = (): Promise<Blob> => pgliteDump('empty');

/**
 * A dump as PGlite reads it (`loadDataDir`: it only calls `arrayBuffer()`), handing out a copy of
 * bytes already in memory. Node 20's own Blob reads a 16 MB blob back in small chunks and joins
 * them: 0.35 s of CPU per clone, paid by every test server.
 */
class DumpBlob extends Blob {
  readonly #data: Uint8Array;
  constructor(data: Uint8Array) {
    super([]);
    this.#data = data;
  }
  override get size(): number {
    return this.#data.byteLength;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#data.slice().buffer as ArrayBuffer);
  }
}

function pgliteDump(kind: DumpKind): Promise<Blob> {
  let dump = dumps.get(kind);
  if (!dump) {
    made ??= makeDumps();
    dump = made.then(() => new DumpBlob(readFileSync(dumpFile(kind))));
    dumps.set(kind, dump);
  }
  return dump;
}

/** A folder holding a clone of the migrated database, for a server that opens a PGlite folder of its own. */
export async function migratedPgliteFolder(dir: string): Promise<void> {
  const db = await openPglite(dir, await migratedPgliteDump());
  await db.close();
}

/** Makes both dumps from one initdb, unless they are there or another process makes them now. */
async function makeDumps(): Promise<void> {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const last = dumpFile('migrated');
  const lock = `${last}.lock`;
  for (;;) {
    if (existsSync(last)) return;
    if (takeLock(lock)) break;
    // Another process is making them: wait until they are there, or until that process is gone.
    await waitFor(() => existsSync(last) || !lockHolderAlive(lock), 'the PGlite databases made by another test process', { timeout: 600_000, interval: 50 });
  }
  try {
    if (existsSync(last)) return;
    const db = await openPglite('memory://', undefined, INITDB_ARGS);
    try {
      await db.exec(`ALTER SYSTEM SET shared_buffers = '16MB'`);
      const [own] = await db.query<{ oid: number }>('SELECT oid::int AS oid FROM pg_database WHERE datname = current_database()');
      if (!own) throw new Error('PGlite names no current database');
      const slim = async (): Promise<Uint8Array> => withOnlyDatabase(new Uint8Array(await (await db.dumpDataDir()).arrayBuffer()), own.oid);
      await write(dumpFile('empty'), await slim());
      await prepareDatabase(db, { seed: false });
      await write(last, await slim()); // written last: its presence says both are there
      removeStale(dir);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Writes under a temporary name and renames: a reader never sees half a file. */
async function write(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** Creates the lock file with this process's id in it; false when another process holds it. */
function takeLock(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (lockHolderAlive(lock)) return false;
    rmSync(lock, { force: true }); // left by a process that died: the next round takes it
    return false;
  }
}

function lockHolderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, 'utf8'));
  } catch {
    return false; // released
  }
  if (!pid) return true; // being written this instant
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Dumps left by earlier runs a day ago or more (other code). */
function removeStale(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { force: true });
  }
}

const admin = (adminUrl: string) => postgres(adminUrl, { max: 1, onnotice: () => undefined });

/**
 * The name of a migrated template database on the PostgreSQL server at `adminUrl`, made once
 * (under an advisory lock, so parallel test processes wait for the first one instead of racing).
 */
export async function migratedPostgresTemplate(adminUrl: string): Promise<string> {
  const name = `casekit_template_${serverHash()}`;
  const sql = admin(adminUrl);
  try {
    await sql`SELECT pg_advisory_lock(hashtext('casekit test templates'))`;
    const [existing] = await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!existing) {
      // Built under another name and renamed when complete: a crash half-way never leaves a half-migrated template.
      const building = `${name}_building`;
      await sql.unsafe(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await sql.unsafe(`CREATE DATABASE ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const db = await openPostgres(url.toString());
      try {
        await prepareDatabase(db, { seed: false });
      } finally {
        await db.close();
      }
      await sql.unsafe(`ALTER DATABASE ${building} RENAME TO ${name}`);
      // Templates of other code: gone, unless a clone is being made from one right now.
      const stale = await sql`SELECT datname FROM pg_database WHERE datname LIKE 'casekit\\_template\\_%' AND datname <> ${name}`;
      for (const { datname } of stale) await sql.unsafe(`DROP DATABASE IF EXISTS ${datname as string}`).catch(() => undefined);
    }
    return name;
  } finally {
    await sql`SELECT pg_advisory_unlock(hashtext('casekit test templates'))`.catch(() => undefined);
    await sql.end();
  }
}

// `node --import tsx test/harness/seeded-db.ts`: make the run's PGlite dumps now.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await pgliteDump('migrated');
