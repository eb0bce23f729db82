// Thread bombs (issue #13, item 3): what one case with a huge thread costs the API and everyone
// else. Not part of `npm test`; prints figures.
//
//   node --import tsx bench/thread-bomb.mjs [--comments 20000] [--chain 2500] [--rounds 40]
//
// A case gets `--comments` published top-level comments and a reply chain stored `--chain` levels
// deep (written straight into the database, as a thread from before the depth limit would be).
// Measured: one page of that thread, one page of the chain, the case itself, and an unrelated
// search — alone, and while four clients read the big thread in a loop.
import { parseArgs } from 'node:util';
import { startServer } from '../server/start.ts';

const { values } = parseArgs({
  options: {
    comments: { type: 'string', default: '20000' },
    chain: { type: 'string', default: '2500' },
    rounds: { type: 'string', default: '40' },
  },
});
const COMMENTS = Number(values.comments);
const CHAIN = Number(values.chain);
const ROUNDS = Number(values.rounds);

const server = await startServer({ port: 0, fromEnv: false, dataDir: 'memory://', seed: { generate: 300 }, rateLimit: { writesPerMinute: 1e6, viewsPerMinute: 1e6 } });
const api = `${server.url}/api/v1`;
const [big, deep] = (await server.db.query(`SELECT id FROM cases WHERE status = 'published' ORDER BY id LIMIT 2`)).map((r) => r.id);
await server.db.query(
  `INSERT INTO comments (id, case_id, author_name, body, status, author_token_hash, created_at)
   SELECT 'bomb-' || g, $1, 'Bombe', 'kommentar ' || g, 'published', 'x', now() - g * interval '1 second' FROM generate_series(1, $2::int) g`,
  [big, COMMENTS],
);
await server.db.query(
  `INSERT INTO comments (id, case_id, parent_id, author_name, body, status, author_token_hash)
   SELECT 'chain-' || g, $1, CASE WHEN g = 0 THEN NULL ELSE 'chain-' || (g - 1) END, 'Kæde', 'svar ' || g, 'published', 'x'
   FROM generate_series(0, $2::int - 1) g`,
  [deep, CHAIN],
);

async function timed(url) {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}

async function median(url, rounds = ROUNDS) {
  const times = [];
  for (let i = 0; i < rounds; i++) times.push(await timed(url));
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)] };
}

const fmt = ({ p50, p90 }) => `p50 ${p50.toFixed(1)} ms · p90 ${p90.toFixed(1)} ms`;
const search = `${api}/cases?q=ensomhed`;
const rows = [
  [`GET /cases/{id}/comments (${COMMENTS} comments)`, fmt(await median(`${api}/cases/${big}/comments`))],
  [`GET /cases/{id}/comments (chain stored ${CHAIN} deep)`, fmt(await median(`${api}/cases/${deep}/comments`))],
  [`GET /cases/{id} (${COMMENTS} comments)`, fmt(await median(`${api}/cases/${big}`))],
  ['GET /cases?q=ensomhed, alone', fmt(await median(search))],
];
let reading = true;
const readers = Array.from({ length: 4 }, async () => {
  while (reading) await timed(`${api}/cases/${big}/comments`);
});
rows.push(['GET /cases?q=ensomhed, 4 clients reading the big thread', fmt(await median(search))]);
reading = false;
await Promise.all(readers);
await server.close();

console.log(`Thread bombs (${server.db.kind}, ${ROUNDS} rounds each)`);
for (const [name, value] of rows) console.log(`  ${name.padEnd(58)} ${value}`);
