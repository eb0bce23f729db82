// GET /cases?q=… latency over 10,000 generated cases, on PGlite and on PostgreSQL (BENCH_DATABASE_URL, or a throwaway cluster).
// Run: node --import tsx bench/api-search.mjs [--cases 10000] [--requests 300] [--seconds 10] [--connections 50]
//
// Three figures per backend:
// - repeated: the same ten searches over and over, one at a time (what the result cache serves);
// - distinct: searches never made before (every prefix a visitor types, with and without a filter),
//   one at a time — the uncached cost;
// - loaded: the ten searches from `--connections` concurrent connections for `--seconds` (autocannon).
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { startServer } from '../server/start.ts';
import { openPostgres } from './lib/postgres.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const CASES = Number(values.cases);
const REQUESTS = Number(values.requests);
const QUERIES = ['ensomheden', 'fysisk aktivitet', 'ældre', 'fællesskab', 'samskabelse frivillige', 'rygestop', 'mental', 'sundhed i Aarhus', 'madlavn', 'børn og unge'];
const MUNICIPALITIES = ['', 'Aarhus', 'Holstebro', 'Odense'];

/** Every prefix of 3+ letters of each query's words, as typed, times a municipality filter or none. */
function distinctSearches() {
  const out = new Set();
  for (const q of QUERIES) {
    for (let n = 3; n <= q.length; n++) {
      const typed = q.slice(0, n).trim();
      for (const m of MUNICIPALITIES) out.add(`q=${encodeURIComponent(typed)}${m ? `&municipality=${m}` : ''}&pageSize=20`);
    }
  }
  return [...out];
}

async function sequential(url, paths) {
  const times = [];
  for (const path of paths) {
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/cases?${path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  return `median ${at(0.5)} ms, p99 ${at(0.99)} ms (${times.length})`;
}

async function loaded(url) {
  const result = await autocannon({
    url,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    requests: QUERIES.map((q) => ({ method: 'GET', path: `/api/v1/cases?q=${encodeURIComponent(q)}&pageSize=20` })),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  return `${Math.round(result.requests.average)} req/s, median ${result.latency.p50} ms, p99 ${result.latency.p99} ms${bad ? `, ${bad} failed` : ''}`;
}

async function measure(label, options) {
  const startedAt = Date.now();
  const server = await startServer({ port: 0, fromEnv: false, seed: { generate: CASES }, rateLimit: { writesPerMinute: 1e6 }, ...options });
  const setup = Date.now() - startedAt;
  const repeated = Array.from({ length: REQUESTS }, (_, i) => `q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&pageSize=20`);
  await sequential(server.url, QUERIES.map((q) => `q=${encodeURIComponent(q)}&pageSize=20`)); // warm up
  console.log(`${label}: ${CASES} cases (setup ${(setup / 1000).toFixed(1)} s)`);
  console.log(`  repeated searches, sequential:  ${await sequential(server.url, repeated)}`);
  console.log(`  distinct searches, sequential:  ${await sequential(server.url, distinctSearches())}`);
  console.log(`  repeated searches, ${values.connections} connections: ${await loaded(server.url)}`);
  await server.close();
}

await measure('PGlite (memory)', { dataDir: 'memory://' });
const pg = await openPostgres();
if (pg) {
  try {
    await measure(pg.version, { databaseUrl: pg.url });
  } finally {
    await pg.close();
  }
} else {
  console.log('PostgreSQL: set BENCH_DATABASE_URL=postgres://… (or install Debian\'s postgresql 15) to measure it too.');
}
