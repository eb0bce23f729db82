import { createServer, request as forward } from 'node:http';

/**
 * A real HTTP server between the widgets and the test API that can be told to
 * misbehave. It forwards every request to the API unchanged until a test sets
 * a fault; then the matching requests get, from this server itself:
 * - `500`: `500 Internal Server Error` with a problem+json body;
 * - `malformed`: `200 application/json` whose body stops half-way through;
 * - `hang`: no answer at all (until the fault is cleared, when the socket is cut);
 * - `silent`: the whole server stops answering, CORS preflights included — what a
 *   frozen or overloaded API looks like (connections open, nothing comes back);
 * - `refuse`: the server stops listening, so every new connection is refused by the
 *   operating system and open ones are cut — what a stopped API looks like. Method and
 *   path filters do not apply (no request is read). Clearing the fault listens again
 *   on the same port, so a widget's "Prøv igen" reaches the API as before.
 *
 * These replace stopping and restarting the API process in browser tests: a restart
 * takes seconds on a busy machine, a fault takes milliseconds.
 *
 * Any path prefix before `/api/v1` is dropped when forwarding, so each test can
 * use its own base (`…/t7/api/v1`) and start with a cold cache in the page.
 * CORS preflights are always forwarded, so a fault hits the real request.
 */
export async function faultServer(targetBase) {
  /** @type {{ mode: 'none' | '500' | 'malformed' | 'hang' | 'silent' | 'refuse', method?: string, path?: string }} */
  let fault = { mode: 'none' };
  const hanging = new Set();
  /** Held answers this server cut itself (fault cleared), as opposed to ones the client gave up on. */
  const cut = new WeakSet();
  let faulted = 0;
  let abandoned = 0;
  /** Settles when the listening socket `refuse` closed is gone (at once when none was closed). */
  let closing = Promise.resolve();
  const release = () => {
    for (const response of hanging) {
      cut.add(response);
      response.destroy();
    }
  };

  const cors = (request) => ({
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-expose-headers': 'ETag, Retry-After',
  });

  const matches = (request, path) =>
    fault.mode === 'silent' ||
    (fault.mode !== 'none' &&
    request.method !== 'OPTIONS' &&
    (!fault.method || fault.method === request.method) &&
    (!fault.path || path.includes(fault.path)));

  const server = createServer((request, response) => {
    const at = request.url.indexOf('/api/v1');
    const path = at >= 0 ? request.url.slice(at + '/api/v1'.length) : request.url;
    if (matches(request, path)) {
      faulted += 1;
      request.resume();
      if (fault.mode === 'hang' || fault.mode === 'silent') {
        hanging.add(response);
        response.on('close', () => {
          hanging.delete(response);
          if (!cut.has(response)) abandoned += 1;
        });
        return;
      }
      if (fault.mode === '500') {
        response.writeHead(500, { 'content-type': 'application/problem+json', ...cors(request) });
        response.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Injected by the fault server.' }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', ...cors(request) });
      response.end('{"id":"half-a-case","title":"Halv');
      return;
    }
    const target = new URL(targetBase() + path);
    const upstream = forward(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    // The API is down: the browser sees what it would see without this server, a failed connection.
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await listen(server, 0);
  const port = server.address().port;

  return {
    origin: `http://127.0.0.1:${port}`,
    async set(next) {
      fault = { mode: 'none', ...next };
      if (fault.mode !== 'hang' && fault.mode !== 'silent') release();
      if (fault.mode === 'refuse' && server.listening) {
        // The close callback is the condition for listening again: the port is free once it ran.
        closing = new Promise((resolve) => server.close(resolve));
        server.closeAllConnections();
      }
      await closing;
      if (fault.mode !== 'refuse' && !server.listening) await listen(server, port);
      return true;
    },
    /** How many requests got a fault so far (a test checks that its fault was really met). */
    get faulted() {
      return faulted;
    },
    /** How many held (`hang`, `silent`) requests the client gave up on — closed its connection, e.g. by aborting. */
    get abandoned() {
      return abandoned;
    },
    close() {
      if (!server.listening) return Promise.resolve();
      release();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Listens on loopback; on the same port again after `refuse`, called only once the old listening
 * socket has closed, so the port is free unless another program took it meanwhile — then the
 * error says so instead of a retry loop hiding it.
 */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    const failed = (error) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`The fault server cannot listen on port ${port} again: another program took it while it refused connections`) : error);
    };
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
}

/**
 * The test runner's side: `fault-origin` gives the server's address (use
 * `${origin}/<anything>/api/v1` as a widget's `api`), `fault-set` with
 * `{ mode, method?, path? }` sets or clears (`mode: 'none'`) the fault (answered once it holds:
 * after `refuse` no connection is accepted any more),
 * `fault-count` says how many requests met a fault, `fault-abandoned` how many held ones
 * the page gave up on (aborted: the browser closed the connection), and `fault-offline` with
 * `{ offline, code? }` takes the network away from the test page (`code`: path prefixes on the
 * runner's origin that fail as well, or alone with `offline: false`): every request to
 * another origin than the test runner's fails before it leaves the browser (a network error, as
 * offline). It is Chromium's own URL blocking (`Network.setBlockedURLs`: the runner's origin let
 * through, everything else blocked), decided inside the browser for every request, preflights
 * included. Puppeteer's request interception, used before, routed each request through this
 * process and now and then never handed one over (as we read its network manager, a request
 * already under way when interception began can stay paused): the widget then waited, and the
 * test with it. Chromium's own offline emulation would
 * also cut the runner's connection to the page, so `navigator.onLine` stays true.
 */
export function faultServerPlugin(targetBase) {
  let server;
  /** A DevTools session per test page, for blocking its requests while it is "offline". */
  const blockers = new Map();
  return {
    name: 'casekit-fault-server',
    async serverStart() {
      server = await faultServer(targetBase);
    },
    async serverStop() {
      await server?.close();
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'fault-origin') return server.origin;
      if (command === 'fault-set') return server.set(payload ?? {});
      if (command === 'fault-count') return server.faulted;
      if (command === 'fault-abandoned') return server.abandoned;
      if (command === 'fault-offline') {
        const page = session.browser.getPage(session.id);
        let cdp = blockers.get(page);
        if (!cdp) {
          cdp = await page.createCDPSession();
          await cdp.send('Network.enable');
          blockers.set(page, cdp);
        }
        const runner = new URL(page.url()).origin;
        // `code`: paths on the runner's own origin that fail too (or alone): Casekit's code from a CDN
        // that cannot be reached, while the page itself (and with `offline: false` the API) can.
        const code = (payload?.code ?? []).map((path) => ({ urlPattern: `${runner}${path}*`, block: true }));
        const urlPatterns = payload?.offline
          ? [
              ...code,
              { urlPattern: `${runner}/*`, block: false },
              { urlPattern: '*://*:*/*', block: true },
            ]
          : code;
        await cdp.send('Network.setBlockedURLs', { urlPatterns });
        return true;
      }
      return undefined;
    },
  };
}
