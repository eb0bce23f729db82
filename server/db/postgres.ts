import postgres from 'postgres';
import type { PoolConfig } from '../config.js';
import type { Db, Queryable, Row } from './db.js';
import { isDatabaseUnavailable } from './errors.js';

/**
 * postgres.js 3.4.9 can write to a connection's socket from a setImmediate after the socket
 * closed (PostgreSQL restarted, connection reset): an uncatchable TypeError that would end the
 * whole process (porsager/postgres#1154, #1208; fixes #1168/#1209 are unreleased). By then the
 * queries on that connection have already been rejected with CONNECTION_CLOSED, so the buffered
 * write is moot: that one error is logged and survived. Any other uncaught exception still ends
 * the process, as Node would.
 */
let guarded = false;
function surviveClosedSocketWrites(): void {
  if (guarded) return;
  guarded = true;
  process.on('uncaughtException', (err) => {
    const stack = err instanceof Error ? (err.stack ?? '') : '';
    if (err instanceof TypeError && /reading 'write'/.test(err.message) && /postgres[\\/]src[\\/]connection\.js/.test(stack) && /nextWrite/.test(stack)) {
      console.error('[casekit] postgres.js wrote to a closed connection (upstream bug #1154); the connection is being replaced.');
      return;
    }
    console.error(err);
    process.exit(1);
  });
}

export const DEFAULT_POOL: PoolConfig = { max: 10, idleTimeoutSeconds: 30, startTimeoutSeconds: 60 };

/**
 * A pool of at most `pool.max` connections; a connection unused for `idleTimeoutSeconds` is
 * closed, so a quiet instance gives its share of PostgreSQL's max_connections back. Start-up waits
 * up to `startTimeoutSeconds` for a database that is starting or full (53300), instead of exiting.
 */
export async function openPostgres(url: string, pool: PoolConfig = DEFAULT_POOL): Promise<Db> {
  surviveClosedSocketWrites();
  const sql = postgres(url, {
    max: pool.max,
    idle_timeout: pool.idleTimeoutSeconds,
    onnotice: () => undefined,
    // While the server is down (a restart, a failover) a request waits this long for a connection,
    // then answers 503 (see db/errors.ts); postgres.js keeps reconnecting on its own, retrying
    // at most every second, so the API is back within a second of the database.
    connect_timeout: 3,
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1),
  });
  await waitForDatabase(() => sql`select 1`, pool.startTimeoutSeconds * 1000, async () => {
    await sql.end({ timeout: 1 });
  });
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

/** Try `probe` until it works; retry only what says "not now" (starting, full, unreachable). */
async function waitForDatabase(probe: () => Promise<unknown>, timeoutMs: number, onGiveUp: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await probe();
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err) || Date.now() >= deadline) {
        await onGiveUp();
        throw err;
      }
      if (attempt === 0) console.error(`[casekit] waiting for the database: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** attempt, 2000)));
    }
  }
}
