/**
 * Real parts for the cluster test, each started by the test: a PostgreSQL database, API instances
 * as child processes (server/main.ts, configured by environment as in deploy/casekit.env), and
 * nginx running the repository's own deploy/nginx-casekit.conf with its ports and paths rewritten.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { waitFor } from '../harness/wait-for.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
/** Timeouts for a busy 2-core machine: slow only makes the test slower. */
export const SLOW = { timeout: 120_000, interval: 50 };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A PostgreSQL server: TEST_DATABASE_URL's, or a throwaway cluster of the test's own. */
export async function postgresServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) return { adminUrl: process.env.TEST_DATABASE_URL, stop: async () => undefined };
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const bin = `/usr/lib/postgresql/${versions.at(-1)}/bin`;
  if (!existsSync(`${bin}/pg_ctl`)) throw new Error('The cluster test needs PostgreSQL (apt-get install postgresql) or TEST_DATABASE_URL');
  const dir = await mkdtemp(join(tmpdir(), 'casekit-cluster-pg-'));
  const asPostgres = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--']] as const : null;
  if (asPostgres) await run('chown', ['postgres', dir]);
  const pg = (tool: string, ...args: string[]) =>
    asPostgres ? run(asPostgres[0], [...asPostgres[1], `${bin}/${tool}`, ...args]) : run(`${bin}/${tool}`, args);
  const port = await freePort();
  await pg('initdb', '-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres');
  await pg('pg_ctl', '-D', `${dir}/data`, '-l', `${dir}/log`, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-w', 'start');
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg('pg_ctl', '-D', `${dir}/data`, '-m', 'immediate', '-w', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Instance {
  port: number;
  url: string;
  proc: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
}

/** One API instance as `systemctl start casekit@PORT` would run it. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d));
  proc.stderr!.on('data', (d: Buffer) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  await waitFor(() => {
    if (gone) throw new Error(`instance on ${port} exited before it was ready:\n${out}`);
    return out.includes('listening on');
  }, `the instance on port ${port} to listen`, SLOW);
  return { port, url: `http://127.0.0.1:${port}`, proc, exited, output: () => out };
}

export interface Nginx {
  url: string;
  port: number;
  /** Lines of the access log: method, path, status, upstream, cache status. */
  log: () => Promise<{ method: string; path: string; status: number; upstream: string; cache: string }[]>;
  stop: () => Promise<void>;
}

/** nginx with deploy/nginx-casekit.conf, its instances, listen port and cache folder rewritten. */
export async function startNginx(instancePorts: number[]): Promise<Nginx> {
  const dir = await mkdtemp(join(tmpdir(), 'casekit-nginx-'));
  const port = await freePort();
  let site = await readFile(join(ROOT, 'deploy/nginx-casekit.conf'), 'utf8');
  const upstreams = site.match(/^\s*server 127\.0\.0\.1:\d+ .*;$/gm) ?? [];
  if (upstreams.length < 2) throw new Error('deploy/nginx-casekit.conf: no upstream server lines to rewrite');
  const template = upstreams[0]!;
  site = site.replace(upstreams.join('\n'), instancePorts.map((p) => template.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${p}`)).join('\n'));
  site = site
    .replace('/var/cache/nginx/casekit', join(dir, 'cache'))
    .replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;$/m, '');
  await writeFile(join(dir, 'casekit.conf'), site);
  for (const sub of ['cache', 'tmp']) await mkdir(join(dir, sub));
  await writeFile(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format cluster '$request_method $uri $status $upstream_addr $upstream_cache_status';
  access_log ${dir}/access.log cluster;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  include ${dir}/casekit.conf;
}
`,
  );
  const nginxBin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const proc = spawn(nginxBin, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d));
  let gone = false;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (gone) throw new Error(`nginx exited: ${err}${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`);
    return (await http(url, { path: '/healthz' })).status === 200;
  }, 'nginx to answer /healthz', SLOW);
  return {
    url,
    port,
    log: async () =>
      (await readFile(join(dir, 'access.log'), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [method = '', path = '', status = '0', upstream = '', cache = ''] = line.split(' ');
          return { method, path, status: Number(status), upstream, cache };
        }),
    stop: async () => {
      proc.kill('SIGQUIT');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  error?: string;
}

/**
 * One request on a fresh connection from a chosen loopback address (127.x.y.z are all this
 * machine), so the test can be many clients. A network error is status 0, not a throw.
 */
export function http(
  base: string,
  options: { method?: string; path: string; from?: string; headers?: Record<string, string>; json?: unknown },
): Promise<Reply> {
  const { hostname, port } = new URL(base);
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return new Promise((resolve) => {
    const req = request(
      {
        hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        agent: false,
        ...(options.from ? { localAddress: options.from } : {}),
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: 0, headers: {}, body: '', error: e.message }));
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, headers: {}, body: '', error: e.message }));
    req.end(body);
  });
}
