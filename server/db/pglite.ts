import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db.js';

/**
 * PGlite is one connection. Every statement and every transaction waits its turn in
 * one promise queue, so a transaction never sees another request's statements.
 */
export async function openPglite(
  dataDir: string,
  loadDataDir?: Blob,
  initdbArgs?: string[],
): Promise<Db & { dumpDataDir(): Promise<Blob> }> {
  // loadDataDir: start from a dump of another database (tests clone one seeded database per run).
  // initdbArgs: extra initdb flags for a new database (the tests' dumps use small WAL segments).
  const pg = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir, {
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(initdbArgs ? { initDbStartParams: initdbArgs } : {}),
  });
  let tail: Promise<unknown> = Promise.resolve();
  const serialise = <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    kind: 'pglite',
    query: <T extends Row>(sql: string, params: unknown[] = []) =>
      serialise(async () => (await pg.query<T>(sql, params)).rows),
    exec: (sql: string) => serialise(async () => void (await pg.exec(sql))),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      serialise(() =>
        pg.transaction(async (tx) =>
          fn({ query: async <R extends Row>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows }),
        ),
      ),
    close: () => serialise(() => pg.close()),
    dumpDataDir: () => serialise(() => pg.dumpDataDir('none')),
  };
}
