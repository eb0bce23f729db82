/** One small database interface with two implementations (PGlite, postgres.js), so every query is the same SQL. */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** Run one parameterised statement ($1, $2, …) and return its rows. */
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Run several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Run `fn` in one transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
