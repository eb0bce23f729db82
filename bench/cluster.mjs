/**
 * Section 6: the deployment of deploy/ — two API instances on one PostgreSQL behind nginx with its
 * shared cache (the cluster test's parts, test/cluster/harness.ts). The same public reads are
 * driven by autocannon through nginx (cached: most are HITs, the rest revalidate with a 304 that
 * costs an instance one primary-key read) and straight at one instance (every read runs its
 * queries), for requests per second and p99.
 */
import autocannon from 'autocannon';
import { freePort, startInstance, startNginx } from '../test/cluster/harness.ts';
import { openPostgres } from './lib/postgres.mjs';
import { info, target } from './lib/report.mjs';

const SECTION = '6 cluster';
const CONNECTIONS = 50;

export async function clusterSection({ quick }) {
  const pg = await openPostgres();
  if (!pg) return [info(SECTION, 'cluster', 'skipped: no PostgreSQL (BENCH_DATABASE_URL or Debian’s postgresql)')];
  const seconds = quick ? 5 : 15;
  const ports = [await freePort(), await freePort()];
  const env = {
    DATABASE_URL: pg.url,
    TRUST_PROXY: '127.0.0.1/32',
    SEED_GENERATE: quick ? '200' : '1000',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_VIEWS_PER_MINUTE: '1000000',
  };
  const instances = [];
  let nginx;
  try {
    // One after the other: the first migrates and seeds, the second finds it done.
    for (const port of ports) instances.push(await startInstance(port, env));
    nginx = await startNginx(ports);
    const list = await (await fetch(`${nginx.url}/api/v1/cases?pageSize=20`)).json();
    const ids = list.items.map((c) => c.id);
    const paths = [
      '/api/v1/cases?pageSize=20',
      '/api/v1/cases?q=f%C3%A6llesskab&pageSize=20',
      ...ids.slice(0, 10).map((id) => `/api/v1/cases/${id}`),
      ...ids.slice(0, 5).map((id) => `/api/v1/cases/${id}/comments`),
    ];
    const drive = (base) =>
      autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        requests: paths.map((path) => ({ method: 'GET', path })),
      });
    const direct = await drive(instances[0].url);
    const cached = await drive(nginx.url);
    const statuses = (await nginx.log()).filter((l) => l.method === 'GET').map((l) => l.cache);
    const hits = statuses.filter((s) => s === 'HIT').length;
    const failures = (r) => r.errors + r.timeouts + r.non2xx;
    const rps = (r) => Math.round(r.requests.average);
    return [
      info(SECTION, `public reads straight to one instance (${CONNECTIONS} conn., ${seconds} s)`, `${rps(direct)} req/s, p99 ${direct.latency.p99} ms`, `${failures(direct)} failed`),
      info(SECTION, 'the same reads through nginx’s cache (2 instances)', `${rps(cached)} req/s, p99 ${cached.latency.p99} ms`, `${failures(cached)} failed, ${Math.round((100 * hits) / Math.max(1, statuses.length))} % HIT`),
      target(SECTION, 'cache gain (req/s through the cache ÷ direct)', `${(rps(cached) / Math.max(1, rps(direct))).toFixed(1)}×`, '≥ 2×', rps(cached) >= 2 * rps(direct), 'Public reads are cached by nginx for s-maxage (5 s); an instance answers revalidations with 304 from one primary-key read.'),
    ];
  } finally {
    await nginx?.stop();
    for (const i of instances) {
      i.proc.kill('SIGTERM');
      await i.exited;
    }
    await pg.close();
  }
}
