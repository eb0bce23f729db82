// Load test: mixed reads and writes at 50 connections against 10,000 cases, on PGlite and
// (with BENCH_DATABASE_URL) on PostgreSQL. Not part of `npm test`.
//
//   node --import tsx bench/load.mjs [--quick] [--seconds 60] [--connections 50] [--cases 10000]
//
// Visitors come from many addresses (X-Forwarded-For behind a trusted proxy), so the rate limiter
// works as in production: each visitor gets its 30 writes a minute, and the rest are 429s.
// Pass: no answer other than 2xx, 304 and 429, no socket error or timeout, and every write the API
// accepted (comments, votes) is in the database afterwards. Exit code 1 otherwise.
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { startServer } from '../server/start.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '50' },
    cases: { type: 'string', default: '10000' },
  },
});
const SECONDS = Number(values.seconds ?? (values.quick ? 10 : 60));
const CONNECTIONS = Number(values.connections);
const CASES = Number(values.cases);
const WORDS = ['ensomhed', 'fysisk aktivitet', 'ældre', 'fællesskab', 'samskab', 'rygestop', 'mental', 'sundhed', 'madlavn', 'børn', 'søvn', 'frivil'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** The mix a case site sees: mostly reads, a view per page, some comments and votes. */
function mix(ids, tally) {
  const json = { 'content-type': 'application/json' };
  const kinds = [
    [30, 'search', () => ({ method: 'GET', path: `/api/v1/cases?q=${encodeURIComponent(pick(WORDS))}` })],
    [10, 'browse', () => ({ method: 'GET', path: `/api/v1/cases?page=${1 + Math.floor(Math.random() * 5)}&municipality=${pick(['Aarhus', 'Odense', 'Vejle', ''])}` })],
    [20, 'case', () => ({ method: 'GET', path: `/api/v1/cases/${pick(ids)}` })],
    [10, 'comments', () => ({ method: 'GET', path: `/api/v1/cases/${pick(ids)}/comments` })],
    [5, 'ratings', () => ({ method: 'GET', path: `/api/v1/cases/${pick(ids)}/ratings` })],
    [10, 'view', () => ({ method: 'POST', path: `/api/v1/cases/${pick(ids)}/views` })],
    [10, 'comment', (n) => ({ method: 'POST', path: `/api/v1/cases/${pick(ids)}/comments`, headers: json, body: JSON.stringify({ authorName: 'Belastning', text: `load-${n}` }) })],
    [5, 'vote', (n) => ({ method: 'PUT', path: `/api/v1/cases/${pick(ids)}/ratings/formaal`, headers: json, body: JSON.stringify({ value: 1 + (n % 4), voteToken: `load-vote-token-${n}` }) })],
  ];
  const weight = kinds.reduce((s, [w]) => s + w, 0);
  let n = 0;
  return {
    setupRequest(req, context) {
      let r = Math.random() * weight;
      const [, kind, make] = kinds.find(([w]) => (r -= w) < 0) ?? kinds[0];
      context.kind = kind;
      const made = make(++n);
      // 4,000 visitors, each behind its own address.
      const headers = { ...(made.headers ?? {}), 'x-forwarded-for': `10.${n % 16}.${Math.floor(n / 16) % 250}.1`, 'user-agent': `load-${n % 4000}` };
      return { ...req, ...made, headers };
    },
    onResponse(status, body, context) {
      const k = (tally[context.kind] ??= { ok: 0, limited: 0, failed: 0 });
      if (status === 429) k.limited++;
      else if (status < 400) k.ok++;
      else {
        k.failed++;
        if (tally.samples.length < 5) tally.samples.push(`${context.kind} → ${status}: ${String(body).slice(0, 200)}`);
      }
    },
  };
}

async function load(label, options) {
  const startedAt = Date.now();
  const server = await startServer({
    port: 0,
    fromEnv: false,
    seed: { generate: CASES },
    trustProxy: true,
    rateLimit: { writesPerMinute: 30, viewsPerMinute: 120 },
    ...options,
  });
  const setup = ((Date.now() - startedAt) / 1000).toFixed(1);
  const ids = (await server.db.query(`SELECT id FROM cases WHERE status = 'published' ORDER BY random() LIMIT 500`)).map((r) => r.id);
  const tally = { samples: [] };
  const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, requests: [mix(ids, tally)] });

  const [stored] = await server.db.query(
    `SELECT (SELECT count(*)::int FROM comments WHERE body LIKE 'load-%') AS comments,
            (SELECT count(*)::int FROM votes WHERE value BETWEEN 1 AND 4) AS votes`,
  );
  await server.close();

  const { samples, ...kinds } = tally;
  const failed = Object.values(kinds).reduce((n, k) => n + k.failed, 0) + result.errors + result.timeouts;
  const limited = Object.values(kinds).reduce((n, k) => n + k.limited, 0);
  const checks = [
    [`no answer but 2xx/304/429 (${failed} others, ${result.errors} socket errors, ${result.timeouts} timeouts)`, failed === 0],
    [`accepted comments stored: ${kinds.comment?.ok ?? 0} accepted, ${stored.comments} in the database`, (kinds.comment?.ok ?? 0) === stored.comments],
    [`accepted votes stored: ${kinds.vote?.ok ?? 0} accepted, ${stored.votes} in the database`, (kinds.vote?.ok ?? 0) === stored.votes],
  ];
  console.log(`\n${label}: ${CASES} cases (setup ${setup} s), ${CONNECTIONS} connections, ${SECONDS} s`);
  console.log(`  ${Math.round(result.requests.average)} requests/s, latency median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.requests.total} requests, ${limited} rate-limited (429)`);
  for (const [kind, k] of Object.entries(kinds)) console.log(`  ${kind.padEnd(9)} ${String(k.ok).padStart(7)} ok ${String(k.limited).padStart(7)} × 429 ${String(k.failed).padStart(5)} failed`);
  for (const [text, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'} ${text}`);
  for (const s of samples) console.log(`    ${s}`);
  return checks.every(([, ok]) => ok);
}

let pass = await load('PGlite (memory)', { dataDir: 'memory://' });
const url = process.env.BENCH_DATABASE_URL;
if (url) {
  const { default: postgres } = await import('postgres');
  const name = `casekit_load_${Date.now()}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  try {
    pass = (await load('PostgreSQL server', { databaseUrl: u.toString() })) && pass;
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('\nPostgreSQL: set BENCH_DATABASE_URL=postgres://… to load it too.');
}
process.exit(pass ? 0 : 1);
