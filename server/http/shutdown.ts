import type { ServerType } from '@hono/node-server';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemBody, type ProblemCode } from './problem.js';

/**
 * Stop taking connections and let the requests in flight finish, then resolve. Idle keep-alive
 * connections are closed as they go idle; after `graceMs` whatever is left is cut.
 */
export function drain(server: ServerType, graceMs = 10_000): Promise<void> {
  const http = server as Server;
  return new Promise((resolve) => {
    const cut = setTimeout(() => http.closeAllConnections(), graceMs);
    const idle = setInterval(() => http.closeIdleConnections(), 25);
    http.close(() => {
      clearTimeout(cut);
      clearInterval(idle);
      resolve();
    });
    http.closeIdleConnections();
  });
}

/**
 * Count the requests being handled, so a shutdown can wait for them even when their client has
 * gone (its connection closed, the handler still writing to the database). Once `startDraining()`
 * is called, every response says `Connection: close` (no client or proxy sends another request on
 * a connection that is about to go) and `/healthz` answers 503 at once, so a health-checking proxy
 * takes the instance out while its last requests finish.
 */
export function trackRequests<A extends [Request, ...unknown[]]>(fetch: (...args: A) => Response | Promise<Response>) {
  let active = 0;
  let draining = false;
  let waiting: (() => void)[] = [];
  const closing = (res: Response): Response => {
    if (!draining) return res;
    try {
      res.headers.set('Connection', 'close');
      return res;
    } catch {
      // Immutable headers (a fetched or redirect response): copy it.
      const copy = new Response(res.body, res);
      copy.headers.set('Connection', 'close');
      return copy;
    }
  };
  return {
    fetch: async (...args: A): Promise<Response> => {
      if (draining && new URL(args[0].url).pathname === '/healthz') {
        return closing(
          new Response(JSON.stringify({ status: 'draining' }), {
            status: 503,
            headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Retry-After': '1' },
          }),
        );
      }
      active++;
      try {
        return closing(await fetch(...args));
      } finally {
        if (--active === 0) {
          for (const resolve of waiting) resolve();
          waiting = [];
        }
      }
    },
    startDraining: () => {
      draining = true;
    },
    get draining() {
      return draining;
    },
    /** Resolves when no request is being handled, or after `graceMs`. */
    idle: (graceMs = 10_000): Promise<void> =>
      active === 0
        ? Promise.resolve()
        : new Promise((resolve) => {
            waiting.push(resolve);
            setTimeout(resolve, graceMs).unref();
          }),
  };
}

/**
 * Requests Node's HTTP parser refuses before the app sees them (an unknown method, headers or an
 * address over 16 KB, a malformed request line) get problem+json too, not a bare status line.
 */
export function answerClientErrors(server: ServerType): void {
  (server as Server).on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, code]: [number, ProblemCode] =
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'headers-too-large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'request-timeout']
      : [400, 'bad-request'];
    const body = JSON.stringify(problemBody('da', status, code));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
