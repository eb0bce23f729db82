import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

const BIN = '/usr/lib/postgresql/15/bin';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * A PostgreSQL database for one measurement: a fresh database on
 * BENCH_DATABASE_URL when set, else a throwaway cluster of Debian's
 * PostgreSQL 15 in /tmp (about 3 s), stopped and deleted by close().
 * Returns null when neither is available.
 */
export async function openPostgres() {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let stopCluster = async () => {};
  let version = 'PostgreSQL (BENCH_DATABASE_URL)';
  if (!serverUrl) {
    if (!existsSync(`${BIN}/initdb`)) return null;
    const dir = mkdtempSync(join(tmpdir(), 'casekit-bench-pg-'));
    const data = join(dir, 'data');
    // initdb refuses to run as root: run it as the postgres user then.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chown', ['postgres', dir]);
    const run = (cmd, args) =>
      asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', `${BIN}/${cmd}`, ...args], { stdio: 'ignore' }) : execFileSync(`${BIN}/${cmd}`, args, { stdio: 'ignore' });
    const port = await freePort();
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
    run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-w', 'start']);
    serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    version = 'PostgreSQL 15 (throwaway cluster)';
    stopCluster = async () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }
  const name = `casekit_bench_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    version,
    close: async () => {
      try {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      } finally {
        await stopCluster();
      }
    },
  };
}
