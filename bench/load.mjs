// Load test: mixed reads and writes at 50 connections against 10,000 cases, on PGlite and
// on PostgreSQL (BENCH_DATABASE_URL, or a throwaway cluster; see lib/postgres.mjs). Not part of `npm test`.
//
//   node --import tsx bench/load.mjs [--quick] [--seconds 60] [--connections 50] [--cases 10000]
//
// `--visitors` (default 50) visitors, each from its own address (X-Forwarded-For behind a trusted
// proxy), so the rate limiter works as in production: 30 writes a minute each, the rest are 429s.
// Pass: no answer other than 2xx, 304 and 429, no socket error or timeout, and every write the API
// accepted (each comment and vote is unique) is in the database afterwards. Exit code 1 otherwise.
import autocannon from 'autocannon';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startServer } from '../server/start.ts';
import { openPostgres } from './lib/postgres.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '50' },
    visitors: { type: 'string', default: '50' },
    cases: { type: 'string', default: '10000' },
  },
});
const SECONDS = Number(values.seconds ?? (values.quick ? 10 : 60));
const CONNECTIONS = Number(values.connections);
const CASES = Number(values.cases);
const VISITORS = Number(values.visitors);
const WORDS = ['ensomhed', 'fysisk aktivitet', 'ældre', 'fællesskab', 'samskab', 'rygestop', 'mental', 'sundhed', 'madlavn', 'børn', 'søvn', 'frivil'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const sha256 = (text) => createHash('sha256').update(text).digest('base64url');

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
    // One token per reader and case, as a browser keeps it: the API counts one vote per address and question anyway.
    [5, 'vote', (n, visitor) => {
      const id = pick(ids);
      return { method: 'PUT', path: `/api/v1/cases/${id}/ratings/formaal`, headers: json, body: JSON.stringify({ value: 1 + (n % 4), voteToken: `load-vote-token-${visitor}-${id}` }), token: `load-vote-token-${visitor}-${id}` };
    }],
  ];
  const weight = kinds.reduce((s, [w]) => s + w, 0);
  let n = 0;
  return {
    setupRequest(req, context) {
      let r = Math.random() * weight;
      const [, kind, make] = kinds.find(([w]) => (r -= w) < 0) ?? kinds[0];
      context.kind = kind;
      context.n = ++n;
      const visitor = Math.floor(Math.random() * VISITORS);
      const { token, ...made } = make(n, visitor);
      context.token = token;
      const headers = { ...(made.headers ?? {}), 'x-forwarded-for': `10.0.${visitor >> 8}.${visitor & 255}`, 'user-agent': `load-${visitor}` };
      return { ...req, ...made, headers };
    },
    onResponse(status, body, context) {
      const k = (tally.kinds[context.kind] ??= { ok: 0, limited: 0, failed: 0 });
      if (status === 429) k.limited++;
      else if (status < 400) {
        k.ok++;
        if (context.kind === 'comment') tally.acceptedComments.push(`load-${context.n}`);
        if (context.kind === 'vote') tally.acceptedVotes.add(sha256(context.token));
      }
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
  const tally = { kinds: {}, samples: [], acceptedComments: [], acceptedVotes: new Set() };
  const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, requests: [mix(ids, tally)] });

  // Let the requests still in flight finish before counting (autocannon stops without waiting).
  await new Promise((r) => setTimeout(r, 2000));
  const [stored] = await server.db.query(
    `SELECT (SELECT count(*)::int FROM comments WHERE body = ANY($1::text[])) AS comments,
            (SELECT count(*)::int FROM votes WHERE token_hash = ANY($2::text[])) AS votes`,
    [tally.acceptedComments, [...tally.acceptedVotes]],
  );
  await server.close();

  const { samples, kinds } = tally;
  const failed = Object.values(kinds).reduce((n, k) => n + k.failed, 0) + result.errors + result.timeouts;
  const limited = Object.values(kinds).reduce((n, k) => n + k.limited, 0);
  const checks = [
    [`no answer but 2xx/304/429 (${failed} others, ${result.errors} socket errors, ${result.timeouts} timeouts)`, failed === 0],
    [`every accepted comment stored: ${stored.comments} of ${tally.acceptedComments.length} found`, tally.acceptedComments.length === stored.comments],
    [`every accepted vote stored: ${stored.votes} of ${tally.acceptedVotes.size} found`, tally.acceptedVotes.size === stored.votes],
  ];
  console.log(`\n${label}: ${CASES} cases (setup ${setup} s), ${CONNECTIONS} connections, ${SECONDS} s`);
  console.log(`  ${Math.round(result.requests.average)} requests/s, latency median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.requests.total} requests, ${limited} rate-limited (429)`);
  for (const [kind, k] of Object.entries(kinds)) console.log(`  ${kind.padEnd(9)} ${String(k.ok).padStart(7)} ok ${String(k.limited).padStart(7)} × 429 ${String(k.failed).padStart(5)} failed`);
  for (const [text, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'} ${text}`);
  for (const s of samples) console.log(`    ${s}`);
  return checks.every(([, ok]) => ok);
}

let pass = await load('PGlite (memory)', { dataDir: 'memory://' });
const pg = await openPostgres();
if (pg) {
  try {
    pass = (await load(pg.version, { databaseUrl: pg.url })) && pass;
  } finally {
    await pg.close();
  }
} else {
  console.log('\nPostgreSQL: set BENCH_DATABASE_URL=postgres://… (or install Debian\'s postgresql 15) to load it too.');
}
process.exit(pass ? 0 : 1);
