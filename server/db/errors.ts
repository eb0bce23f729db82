/** What a database error means for the client, whichever driver (PGlite, postgres.js) raised it. */

/** The SQLSTATE of a PostgreSQL error, or the driver's error code (ECONNREFUSED, CONNECTION_CLOSED, …). */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const DRIVER_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * True when the database cannot answer for the moment: the server is restarting, unreachable,
 * out of connections, or the transaction lost a race it may simply retry. The request is fine;
 * the client should try again shortly (503 with Retry-After), and postgres.js reconnects by itself.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = errorCode(err);
  if (!code) return false;
  if (DRIVER_UNAVAILABLE.has(code)) return true;
  return (
    code.startsWith('08') || // connection exception
    code === '57P01' || // admin_shutdown
    code === '57P02' || // crash_shutdown
    code === '57P03' || // cannot_connect_now (starting up)
    code === '53300' || // too_many_connections
    code === '40001' || // serialization_failure
    code === '40P01' // deadlock_detected
  );
}

export const isUniqueViolation = (err: unknown): boolean => errorCode(err) === '23505';
