/**
 * Section 5: the case API under load. Each route is driven by autocannon for a
 * fixed time at 50 connections over loopback, on PGlite and on PostgreSQL,
 * and beside it the same response bytes served by the same server from
 * memory (/__bench/fixed/…): the share of that ceiling says how much the
 * database and the handler cost.
 */
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from './lib/postgres.mjs';
import { info, kb, target } from './lib/report.mjs';

const SECTION = '5 API';
const CONNECTIONS = 50;
const SEARCH_P99_LIMIT_MS = 30;

/** Starts bench/lib/api-server.mjs as a child; resolves once it listens. */
function startApiChild(options) {
  const child = fork(new URL('./lib/api-server.mjs', import.meta.url), [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ask = (message, answer) =>
    new Promise((resolve, reject) => {
      const onMessage = (reply) => {
        if (reply.type === answer) {
          child.off('message', onMessage);
          resolve(reply);
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`API child exited (${code})`)));
      if (message) child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('message', (first) => {
      if (first.type !== 'ready') return reject(new Error(first.message));
      resolve({
        url: first.url,
        pid: child.pid,
        record: (key, response) => ask({ type: 'record', key, ...response }, 'recorded'),
        rss: async () => (await ask({ type: 'rss' }, 'rss')).bytes,
        close: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.send({ type: 'close' });
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`API child exited before it was ready (${code})`)));
  });
}

/**
 * Seeding 10,000 cases into PGlite takes most of a minute, so a seeded folder
 * is kept in /tmp, keyed by the seed and migration sources, and each run works
 * on a copy of it (the POST route adds comments).
 */
async function pgliteFolder(generate) {
  const hash = createHash('sha256').update(String(generate));
  for (const dir of ['server/seed', 'server/migrations']) {
    for (const name of readdirSync(dir, { recursive: true }).sort()) {
      const path = join(dir, String(name));
      if (path.endsWith('.ts') || path.endsWith('.sql') || path.endsWith('.json')) hash.update(path).update(readFileSync(path));
    }
  }
  const template = join(tmpdir(), `casekit-bench-pglite-${hash.digest('hex').slice(0, 12)}`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    rmSync(template, { recursive: true, force: true });
    const seeding = await startApiChild({ dataDir: template, generate });
    await seeding.close();
  }
  const copy = mkdtempSync(join(tmpdir(), 'casekit-bench-pglite-run-'));
  cpSync(template, copy, { recursive: true });
  return { dataDir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/**
 * One autocannon run, then a wait until the server has worked off what was
 * still queued when the clients stopped (PGlite runs queries one at a time on
 * the server's own thread): otherwise the next run would pay for this one.
 */
async function load(options, serverUrl) {
  const result = await autocannon({ connections: CONNECTIONS, ...options });
  await (await fetch(`${serverUrl}/healthz`)).arrayBuffer();
  return result;
}

/** The routes, with request options built from real data on this server. */
async function routes(url) {
  const api = `${url}/api/v1`;
  const all = await (await fetch(`${api}/cases?pageSize=20`)).json();
  const query = 'fællesskab';
  const searched = await (await fetch(`${api}/cases?q=${encodeURIComponent(query)}&pageSize=20`)).json();
  // Two filters that leave hits: the most common theme and target group for the query.
  const theme = searched.facets.theme?.[0]?.value ?? all.facets.theme[0].value;
  const group = searched.facets.targetGroup?.[0]?.value ?? all.facets.targetGroup[0].value;
  const id = all.items[0].id;
  const one = await fetch(`${api}/cases/${id}`);
  const etag = one.headers.get('etag');
  // [<id>] becomes a fresh id per request (autocannon's idReplacement): the API stores an identical comment only once.
  const comment = JSON.stringify({ authorName: 'Bench', text: 'En kommentar fra benchmarken [<id>], lidt længere end en linje for at ligne en rigtig.', website: '' });
  const q = (params) => `${api}/cases?${new URLSearchParams(params)}`;
  return [
    { name: 'GET /cases', url: `${api}/cases`, search: true },
    { name: `GET /cases?q=${query}`, url: q({ q: query }), search: true },
    { name: `GET /cases?q=…&theme&targetGroup`, url: q({ q: query, theme, targetGroup: group }), search: true },
    { name: 'GET /cases/{id}', url: `${api}/cases/${id}` },
    { name: 'GET /cases/{id} → 304', url: `${api}/cases/${id}`, headers: { 'if-none-match': etag }, expect: 304 },
    { name: 'POST /cases/{id}/comments', url: `${api}/cases/${id}/comments`, method: 'POST', headers: { 'content-type': 'application/json' }, body: comment, idReplacement: true, expect: 201 },
  ];
}

function summary(result, expect = 200) {
  const ok = result.statusCodeStats?.[expect]?.count ?? 0;
  const total = result.requests.total || 1;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    wrong: total - ok,
    errors: result.errors + result.timeouts,
    bytes: result.throughput.total / total,
  };
}

async function measureDatabase(label, childOptions, { duration, warmup }) {
  const server = await startApiChild(childOptions);
  const rows = [];
  try {
    const list = await routes(server.url);
    for (const [index, route] of list.entries()) {
      const request = { method: route.method ?? 'GET', headers: route.headers, body: route.body, idReplacement: route.idReplacement ?? false };
      // Record one real response, then serve exactly those bytes from memory. For the 304 route
      // that is the full 200 body: the fixed route then gets the same ETag and answers 304 too.
      const sample = await fetch(route.url, route.expect === 304 ? {} : request);
      const body = Buffer.from(await sample.arrayBuffer());
      const key = `r${index}`;
      await server.record(key, { body: body.toString('base64'), status: sample.status, contentType: sample.headers.get('content-type') ?? 'application/json' });
      const fixedUrl = `${server.url}/api/v1/__bench/fixed/${key}`;
      const fixedHeaders = route.expect === 304 ? { 'if-none-match': (await fetch(fixedUrl)).headers.get('etag') } : route.headers;
      // A short warm-up so JIT and the database's caches are not part of the figure.
      await load({ url: route.url, ...request, duration: warmup, connections: 10 }, server.url);
      const real = summary(await load({ url: route.url, ...request, duration }, server.url), route.expect);
      const fixed = summary(await load({ url: fixedUrl, ...request, headers: fixedHeaders, duration }, server.url), route.expect);
      const share = fixed.rps > 0 ? real.rps / fixed.rps : NaN;
      const value = `${Math.round(real.rps)} req/s · p50 ${real.p50} ms · p99 ${real.p99} ms${real.wrong ? ` · ${real.wrong} unexpected status` : ''}${real.errors ? ` · ${real.errors} errors` : ''}`;
      const limit = `fixed ${Math.round(fixed.rps)} req/s (${(share * 100).toFixed(0)} %)${route.search && label.startsWith('PostgreSQL') ? ` · p99 ≤ ${SEARCH_P99_LIMIT_MS} ms` : ''}`;
      const name = `${label}: ${route.name} (${route.expect === 304 ? '0 B body' : kb(body.length)})`;
      const meaning = `How fast ${route.name} answers at ${CONNECTIONS} connections, beside the same bytes from memory on the same server.`;
      if (route.search && label.startsWith('PostgreSQL')) {
        rows.push(target(SECTION, name, value, limit, real.p99 <= SEARCH_P99_LIMIT_MS && !real.wrong && !real.errors, meaning));
      } else {
        rows.push(info(SECTION, name, value, limit, meaning));
      }
    }
    const rss = await server.rss();
    rows.push(info(SECTION, `${label}: server RSS after the runs (${childOptions.generate.toLocaleString('en')} cases)`, `${Math.round(rss / 2 ** 20)} MB`, '',
      label.startsWith('PGlite') ? 'Resident memory of the Node process, with the whole database inside it (PGlite is WASM in-process).' : 'Resident memory of the Node process; the PostgreSQL server\'s own memory is not included.'));
  } finally {
    await server.close();
  }
  return rows;
}

export async function apiSection({ quick }) {
  const generate = quick ? 1000 : 10_000;
  const duration = quick ? 1.5 : 6;
  const warmup = quick ? 0.5 : 2;
  const rows = [];
  const folder = await pgliteFolder(generate);
  try {
    rows.push(...(await measureDatabase('PGlite', { dataDir: folder.dataDir, generate }, { duration, warmup })));
  } finally {
    folder.remove();
  }
  if (quick) {
    rows.push(info(SECTION, 'PostgreSQL', 'skipped in --quick', '', 'The full run measures PostgreSQL too.'));
    return rows;
  }
  const pg = await openPostgres();
  if (!pg) {
    rows.push(target(SECTION, 'PostgreSQL search p99', 'not measured: no BENCH_DATABASE_URL and no PostgreSQL 15 binaries', `≤ ${SEARCH_P99_LIMIT_MS} ms`, false));
    return rows;
  }
  try {
    rows.push(...(await measureDatabase(`PostgreSQL`, { databaseUrl: pg.url, generate }, { duration, warmup })));
  } finally {
    await pg.close();
  }
  return rows;
}
