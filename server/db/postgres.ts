import postgres from 'postgres';
import type { Db, Queryable, Row } from './db.js';

export async function openPostgres(url: string, max = 10): Promise<Db> {
  const sql = postgres(url, { max, onnotice: () => undefined, connect_timeout: 10 });
  await sql`select 1`;
  const queryOn =
    (runner: postgres.Sql | postgres.TransactionSql): Queryable['query'] =>
    async <T extends Row>(text: string, params: unknown[] = []) =>
      (await runner.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];

  return {
    kind: 'postgres',
    query: queryOn(sql),
    exec: async (text: string) => void (await sql.unsafe(text)),
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>) =>
      (await sql.begin((tx) => fn({ query: queryOn(tx) }))) as T,
    close: () => sql.end({ timeout: 5 }),
  };
}
