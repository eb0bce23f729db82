import { mkdir } from 'node:fs/promises';
import type { PoolConfig } from '../config.js';
import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { DEFAULT_POOL, openPostgres } from './postgres.js';

/** A PostgreSQL server when a URL is given, else embedded PGlite in dataDir ('memory://' for none). */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  pool?: PoolConfig;
  loadDataDir?: Blob | undefined;
}): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.pool ?? DEFAULT_POOL);
  if (options.dataDir !== 'memory://') await mkdir(options.dataDir, { recursive: true });
  return openPglite(options.dataDir, options.loadDataDir);
}
