// GET /cases?q=… latency over 10,000 generated cases, on PGlite and (with BENCH_DATABASE_URL) PostgreSQL.
// Run: node --import tsx bench/api-search.mjs [--cases 10000] [--requests 300]
import { parseArgs } from 'node:util';
import { startServer } from '../server/start.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, requests: { type: 'string', default: '300' } } });
const CASES = Number(values.cases);
const REQUESTS = Number(values.requests);
const QUERIES = ['ensomheden', 'fysisk aktivitet', 'ældre', 'fællesskab', 'samskabelse frivillige', 'rygestop', 'mental', 'sundhed i Aarhus', 'madlavn', 'børn og unge'];

async function measure(label, options) {
  const startedAt = Date.now();
  const server = await startServer({ port: 0, fromEnv: false, seed: { generate: CASES }, rateLimit: { writesPerMinute: 1e6 }, ...options });
  const setup = Date.now() - startedAt;
  for (const q of QUERIES) await fetch(`${server.url}/api/v1/cases?q=${encodeURIComponent(q)}`); // warm up
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const q = QUERIES[i % QUERIES.length];
    const t = performance.now();
    const res = await fetch(`${server.url}/api/v1/cases?q=${encodeURIComponent(q)}&pageSize=20`);
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`${label}: ${CASES} cases (setup ${(setup / 1000).toFixed(1)} s), ${REQUESTS} sequential searches: median ${at(0.5)} ms, p99 ${at(0.99)} ms`);
  await server.close();
}

await measure('PGlite (memory)', { dataDir: 'memory://' });
const url = process.env.BENCH_DATABASE_URL;
if (url) {
  const { default: postgres } = await import('postgres');
  const name = `casekit_bench_${Date.now()}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  try {
    await measure('PostgreSQL 15 server', { databaseUrl: u.toString() });
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('PostgreSQL: set BENCH_DATABASE_URL=postgres://… to measure it too.');
}
