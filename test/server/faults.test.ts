/**
 * Faults an operator will meet: PostgreSQL restarted under the running API, SIGTERM during
 * requests (a deploy), and the process killed mid-write (kill -9, power loss of the container).
 * The API runs as a child process (`server/main.ts`, configured by environment as in production)
 * except in the restart test, which runs it in-process against a PostgreSQL cluster of its own.
 */
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import postgres from 'postgres';
import type { CommentPostResponse } from '../../contract/index.js';
import { migratedPgliteFolder } from '../harness/seeded-db.js';
import { serverScript } from '../harness/server-bundle.mjs';
import { BACKENDS, describeOn, freshPostgres, HOLSTEBRO, MODERATOR_TOKEN, runsOn, waitFor } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
/** How long a child API may take to start: seconds when quiet, a minute or more on a busy 2-core machine. */
const START_TIMEOUT_MS = 240_000;
/** A test that starts children may wait that long for each (the default per-test timeout, test/harness/test-timeout.mjs, is shorter). */
const CHILD_TEST = { timeout: 2 * START_TIMEOUT_MS + 120_000 };

// ---------- the API as a child process ----------

interface Child {
  url: string;
  proc: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

async function startChild(env: Record<string, string>): Promise<Child> {
  // server/main.ts as one plain JavaScript file: started through tsx, each child cost ~2.3 s more CPU.
  const proc = spawn(process.execPath, [await serverScript('server/main.ts')], {
    cwd: ROOT,
    // Only what the test sets: nothing from the developer's shell (DATABASE_URL, PORT …) leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', MODERATOR_TOKEN, SEED_GENERATE: '0', RATE_LIMIT_WRITES_PER_MINUTE: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d));
  proc.stderr!.on('data', (d: Buffer) => (out += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in ${START_TIMEOUT_MS / 1000} s:\n${out}`)), START_TIMEOUT_MS);
    proc.stdout!.on('data', () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exit.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before it was ready:\n${out}`));
    });
  });
  return { url, proc, exit, output: () => out };
}

/** True once nothing listens at host:port any more. */
const refusesConnections = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

const postComment = (url: string, body: unknown) =>
  fetch(`${url}/api/v1/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

// ---------- SIGTERM ----------

describeOn('pglite', 'SIGTERM during requests (pglite, child process)', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casekit-drain-'));
    // A clone of the run's migrated database, not initdb in the child: the shutdown is the point here.
    await migratedPgliteFolder(dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('finishes every request in flight, slow uploads included, then exits 0', CHILD_TEST, async () => {
    const child = await startChild({ DATA_DIR: dir, SEED_GENERATE: '100' });
    const { hostname, port } = new URL(child.url);

    // Requests the server has surely begun: it answers `Expect: 100-continue` once it has read
    // the headers, so the request is in flight, not merely connecting, when SIGTERM comes.
    const begin = (method: string, path: string, body?: string) => {
      let continued!: () => void;
      const started = new Promise<void>((r) => (continued = r));
      let finish = () => undefined as unknown;
      const done = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const headers: Record<string, string | number> = { expect: '100-continue' };
        if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        const req = request({ hostname, port, method, path, headers, agent: false }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.on('continue', () => {
          continued();
          // A visitor on a slow connection: half the comment now, the rest once the server is shutting down.
          if (body) {
            req.write(body.slice(0, 10));
            finish = () => req.end(body.slice(10));
          }
        });
        if (!body) req.end();
        else req.flushHeaders();
      });
      return { started, done, finish: () => finish() };
    };
    const slow = [0, 1, 2].map((i) =>
      begin('POST', `/api/v1/cases/${HOLSTEBRO}/comments`, JSON.stringify({ authorName: `Langsom ${i}`, text: `sendt langsomt ${i}` })),
    );
    // And a crowd of searches no cache has seen, queued on the single PGlite connection.
    const words = ['ensom', 'fysisk', 'mental', 'rygning', 'søvn', 'frivil', 'samskab', 'alkohol', 'ulighed', 'fælles'];
    const searches = Array.from({ length: 40 }, (_, i) =>
      begin('GET', `/api/v1/cases?q=${encodeURIComponent(words[i % words.length]!)}&page=${1 + (i % 3)}&pageSize=${10 + i}`),
    );
    await Promise.all([...slow, ...searches].map((r) => r.started));
    assert.ok(child.proc.kill('SIGTERM'));
    // The server is draining once it refuses new connections; only then do the slow uploads finish.
    await waitFor(() => refusesConnections(hostname, Number(port)), 'the server stops taking connections after SIGTERM', { timeout: 60_000 });
    for (const upload of slow) upload.finish();

    const answers = await Promise.all(searches.map((r) => r.done));
    assert.deepEqual(answers.map((a) => a.status), answers.map(() => 200), 'every search in flight was answered');
    assert.ok(answers.every((a) => (JSON.parse(a.text) as { total: number }).total > 0), 'and answered whole');
    const uploads = await Promise.all(slow.map((r) => r.done));
    assert.deepEqual(uploads.map((u) => u.status), [201, 201, 201], uploads.map((u) => u.text).join('\n'));
    const { code, signal } = await child.exit;
    assert.equal(signal, null);
    assert.equal(code, 0, child.output());

    // The slow comments were stored, not cut off by the shutdown.
    const again = await startChild({ DATA_DIR: dir });
    try {
      const list = await (await fetch(`${again.url}/api/v1/cases/${HOLSTEBRO}/comments?pageSize=100`)).text();
      for (const i of [0, 1, 2]) assert.match(list, new RegExp(`sendt langsomt ${i}`));
    } finally {
      again.proc.kill('SIGTERM');
      await again.exit;
    }
  });
});

// ---------- kill -9 mid-write ----------

for (const backend of BACKENDS) {
  describe(`crash mid-write (${backend.name}, child process)`, () => {
    let dir = '';
    let pg: Awaited<ReturnType<typeof freshPostgres>> | null = null;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'casekit-crash-'));
      pg = backend.url ? await freshPostgres(backend.url) : null;
      // A clone of the run's migrated database, not initdb in the child: the crash is the point here.
      if (!pg) await migratedPgliteFolder(dir);
    });
    after(async () => {
      await pg?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    it('leaves no half-written comment and no orphan reply, and keeps every acknowledged one', CHILD_TEST, async () => {
      const where: Record<string, string> = pg ? { DATABASE_URL: pg.url } : { DATA_DIR: dir };
      const child = await startChild(where);
      const textOf = (i: number) => `kommentar ${i} ` + `${i}-`.repeat(400) + 'slut';
      const emailOf = (i: number) => `laeser${i}@example.net`;
      const first = (await (await postComment(child.url, { authorName: 'N0', email: emailOf(0), text: textOf(0) })).json()) as CommentPostResponse;

      // A burst of comments and replies (to the first and to one another); kill -9 once 30 are answered.
      const acked = new Map<number, string>([[0, first.comment.id]]);
      const N = 150;
      let answered = 0;
      const burst = Array.from({ length: N - 1 }, async (_, k) => {
        const i = k + 1;
        const parentId = i % 3 === 0 ? first.comment.id : i % 3 === 1 ? [...acked.values()].at(-1) : undefined;
        try {
          const res = await postComment(child.url, { authorName: `N${i}`, email: emailOf(i), text: textOf(i), ...(parentId ? { parentId } : {}) });
          if (res.status === 201) acked.set(i, ((await res.json()) as CommentPostResponse).comment.id);
        } catch {
          /* the connection died with the process: this post may or may not have been stored */
        }
        if (++answered === 30) child.proc.kill('SIGKILL');
      });
      await Promise.all(burst);
      assert.equal((await child.exit).signal, 'SIGKILL');
      assert.ok(acked.size >= 30 && acked.size < N, `acknowledged ${acked.size} of ${N} before the kill`);

      // Restart on the same data: recovery must leave whole comments only.
      const again = await startChild(where);
      try {
        const list = (await (await fetch(`${again.url}/api/v1/cases/${HOLSTEBRO}/comments?pageSize=100&sort=oldest`)).json()) as {
          total: number;
          items: { id: string; authorName: string; text: string; replies: unknown[] }[];
        };
        const stored = (await (await fetch(`${again.url}/api/v1/moderation/comments?status=published&limit=500`, { headers: { Authorization: `Bearer ${MODERATOR_TOKEN}` } })).json()) as {
          items: { id: string; parentId: string | null; authorName: string; email: string | null; text: string; caseId: string }[];
        };
        const byId = new Map(stored.items.map((c) => [c.id, c]));
        for (const c of stored.items) {
          const i = Number(c.authorName.slice(1));
          assert.equal(c.text, textOf(i), `comment ${c.authorName} is whole`);
          assert.equal(c.email, emailOf(i));
          if (c.parentId) {
            const parent = byId.get(c.parentId);
            assert.ok(parent, `the parent of ${c.authorName} exists`);
            assert.equal(parent.caseId, c.caseId);
          }
        }
        for (const [i, id] of acked) assert.equal(byId.get(id)?.authorName, `N${i}`, `acknowledged comment N${i} survived the crash`);
        // The public thread agrees with the table: every stored comment is counted once.
        assert.equal(list.total, stored.items.length);
        assert.equal(list.items[0]?.id, first.comment.id);
      } finally {
        again.proc.kill('SIGTERM');
        assert.equal((await again.exit).code, 0);
      }
    });
  });
}

// ---------- PostgreSQL restarted under the API ----------

/** A throwaway PostgreSQL cluster of the test's own, on a free port, so the test may restart it. */
async function ownCluster() {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`)).sort((a, b) => Number(a) - Number(b))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'TEST_DATABASE_URL is set, so the PostgreSQL restart test runs — and it needs initdb and pg_ctl under ' +
        '/usr/lib/postgresql/<version>/bin (Debian package "postgresql") to start a cluster it may restart. None found.',
    );
  }
  const bin = `/usr/lib/postgresql/${versions.at(-1)}/bin`;
  const root = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'casekit-pgrestart-'));
  if (root) await run('chown', ['postgres', dir]);
  const as = (cmd: string, args: string[]) => (root ? run('runuser', ['-u', 'postgres', '--', `${bin}/${cmd}`, ...args]) : run(`${bin}/${cmd}`, args));
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  await as('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres']);
  const pgctl = (...args: string[]) => as('pg_ctl', ['-D', `${dir}/data`, '-l', `${dir}/log`, ...args]);
  const start = () => pgctl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-w', 'start');
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: () => pgctl('-m', 'fast', '-w', 'stop'),
    remove: async () => {
      await pgctl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

if (process.env.TEST_DATABASE_URL && runsOn('postgres')) {
  describe('PostgreSQL restarted under the running API (child process)', () => {
    let cluster: Awaited<ReturnType<typeof ownCluster>>;
    let server: Child;
    before(async () => {
      cluster = await ownCluster();
      server = await startChild({ DATABASE_URL: cluster.url });
    });
    after(async () => {
      server?.proc.kill('SIGTERM');
      await server?.exit;
      await cluster?.remove();
    });

    it('answers 503 problem+json with Retry-After while it is down, and recovers without a restart', async () => {
      const api = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
      assert.equal((await api('/healthz')).status, 200);

      // Visitors keep reading and writing throughout.
      const seen: { status: number; type: string; retryAfter: string | null; phase: string; afterRecovery: boolean }[] = [];
      const written: string[] = [];
      let phase = 'up';
      let stop = false;
      const visitor = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const write = i % 3 === 0;
          const afterRecovery = phase === 'recovered';
          const r = write
            ? await postComment(server.url, { authorName: `V${n}`, text: `under genstart ${n}-${i}` })
            : await api(i % 2 ? `/api/v1/cases/${HOLSTEBRO}` : '/api/v1/cases?q=fysisk');
          seen.push({ status: r.status, type: r.headers.get('content-type') ?? '', retryAfter: r.headers.get('retry-after'), phase, afterRecovery });
          if (write && r.status === 201) written.push(`under genstart ${n}-${i}`);
          await r.arrayBuffer();
        }
      };
      const visitors = [1, 2, 3, 4].map(visitor);
      await waitFor(() => seen.length >= 8, 'visitors are served before the restart');
      phase = 'stopping';
      await cluster.stop();
      phase = 'down';
      await waitFor(() => seen.filter((s) => s.phase === 'down' && s.status === 503).length >= 4, 'visitors meet the database down');
      const down = await api('/healthz');
      assert.equal(down.status, 503);
      phase = 'starting';
      await cluster.start();
      phase = 'back';
      // postgres.js reconnects by itself, with no restart of the API (seconds; longer on a busy machine).
      await waitFor(async () => (await api('/healthz')).status === 200, 'the API answers again once PostgreSQL is back', { timeout: 120_000 });
      phase = 'recovered';
      await waitFor(() => seen.filter((s) => s.afterRecovery).length >= 8, 'visitors are served after the recovery');
      stop = true;
      await Promise.all(visitors);

      const failures = seen.filter((s) => s.status >= 500);
      assert.ok(failures.length > 0, 'some requests met the database down');
      for (const f of failures) {
        assert.equal(f.status, 503, `${f.phase}: ${f.status}`);
        assert.match(f.type, /^application\/problem\+json/);
        assert.ok(Number(f.retryAfter) > 0);
      }
      assert.ok(seen.every((s) => [200, 201, 503].includes(s.status)), JSON.stringify(seen.filter((s) => ![200, 201, 503].includes(s.status))));
      const lastOnes = seen.filter((s) => s.afterRecovery);
      assert.ok(lastOnes.length >= 8, `${lastOnes.length} requests after recovery`);
      assert.ok(lastOnes.every((s) => s.status < 300), `after recovery: ${lastOnes.map((s) => s.status).join(', ')}`);
      // Every write the API acknowledged is stored, and the process never went down.
      const db = postgres(cluster.url, { max: 1, onnotice: () => undefined });
      const [row] = await db.unsafe(`SELECT count(*)::int AS n FROM comments WHERE body = ANY($1::text[])`, [written]);
      await db.end();
      assert.equal(row?.n, written.length);
      assert.equal(server.proc.exitCode, null, server.output());
    });
  });
}
