import postgres from 'postgres';

/**
 * Another session takes an ACCESS EXCLUSIVE lock on `tables` and holds it until `release()`:
 * any query of them waits meanwhile. Resolves once the lock is held. Tests use it to show that
 * an answer ran none of the page's queries (it comes while the tables are locked), or to keep a
 * request in flight.
 */
export async function lockTables(databaseUrl: string, tables: string[]): Promise<{ release: () => Promise<void> }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  let locked!: () => void;
  let unlock!: () => void;
  const lockTaken = new Promise<void>((resolve) => (locked = resolve));
  const unlocked = new Promise<void>((resolve) => (unlock = resolve));
  const holder = sql.begin(async (tx) => {
    await tx.unsafe(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
    locked();
    await unlocked;
  });
  try {
    await Promise.race([lockTaken, holder]);
  } catch (error) {
    await sql.end();
    throw error;
  }
  return {
    release: async () => {
      unlock();
      await holder;
      await sql.end();
    },
  };
}
