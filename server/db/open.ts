import { mkdir } from 'node:fs/promises';
import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** A PostgreSQL server when a URL is given, else embedded PGlite in dataDir ('memory://' for none). */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string; loadDataDir?: Blob | undefined }): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.dataDir !== 'memory://') await mkdir(options.dataDir, { recursive: true });
  return openPglite(options.dataDir, options.loadDataDir);
}
