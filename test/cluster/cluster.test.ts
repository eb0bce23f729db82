/**
 * The deployment of deploy/ on real parts: PostgreSQL, two API instances (child processes, as
 * systemd runs them), nginx with the repository's own deploy/nginx-casekit.conf, and a local
 * mail relay that takes 150 ms per message. Each check prints what it counted.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { SHARED_MAX_AGE } from '../../server/http/cache.js';
import { startServer } from '../../server/start.js';
import { smtpRelay } from '../harness/smtp-relay.js';
import { waitFor } from '../harness/wait-for.js';
import { lockTables } from '../harness/table-lock.js';
import { freshPostgres } from '../server/helpers.js';
import { freePort, http, postgresServer, ROOT, SLOW, startInstance, startNginx, type Instance, type Nginx } from './harness.js';

const CASE = 'faellesskabsportraetter-holstebro';
const WRITES_PER_MINUTE = 40;
const MODERATOR_TOKEN = 'cluster-moderator-token-0123456789';
const report = (line: string) => console.log(`cluster: ${line}`);

describe('two instances behind nginx on one PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof postgresServer>>;
  before(async () => {
    pg = await postgresServer();
  });
  after(() => pg?.stop());

  it('starts any number of instances at once on an empty database: migrations and seed once, no crash', async () => {
    const migrations = readdirSync(join(ROOT, 'server/migrations')).filter((f) => f.endsWith('.sql')).length;
    let crashes = 0;
    let seeded = 0;
    for (let round = 0; round < 10; round++) {
      const db = await freshPostgres(pg.adminUrl);
      const starts = await Promise.allSettled(
        [1, 2].map(() => startServer({ port: 0, fromEnv: false, databaseUrl: db.url, seed: { generate: 5 }, pool: { max: 2 } })),
      );
      for (const s of starts) if (s.status === 'rejected') crashes++, console.error(s.reason);
      const sql = postgres(db.url, { max: 1, onnotice: () => undefined });
      const [m] = await sql`SELECT count(*)::int AS n FROM schema_migrations`;
      const [c] = await sql`SELECT count(*)::int AS n FROM cases`;
      await sql.end();
      assert.equal(m?.n, migrations, `round ${round}: every migration recorded once`);
      assert.equal(c?.n, 10, `round ${round}: seeded once (5 sources + 5 generated)`);
      seeded++;
      for (const s of starts) if (s.status === 'fulfilled') await s.value.close();
      await db.drop();
    }
    report(`10 cold starts of 2 instances at once → ${crashes} crashes, ${seeded} of 10 databases migrated and seeded exactly once`);
    assert.equal(crashes, 0);
  });

  describe('through the proxy', () => {
    let db: Awaited<ReturnType<typeof freshPostgres>>;
    let relay: Awaited<ReturnType<typeof smtpRelay>>;
    let instances: Instance[];
    let nginx: Nginx;
    let sql: postgres.Sql;

    before(async () => {
      db = await freshPostgres(pg.adminUrl);
      relay = await smtpRelay({ delayMs: 150 });
      const ports = [await freePort(), await freePort()];
      const proxyPort = await freePort();
      const env = {
        DATABASE_URL: `${db.url}?max=4&idle_timeout=10`,
        PUBLIC_URL: `http://127.0.0.1:${proxyPort}`,
        TRUST_PROXY: '127.0.0.1/32',
        SMTP_URL: relay.url,
        SMTP_FROM: 'casekit@holstebro.example',
        MAIL_POLL_SECONDS: '1',
        MAIL_RETRY_BASE_SECONDS: '1',
        SEED_GENERATE: '5',
        RATE_LIMIT_WRITES_PER_MINUTE: String(WRITES_PER_MINUTE),
        RATE_LIMIT_VIEWS_PER_MINUTE: '100000',
        MODERATOR_TOKEN,
        DRAIN_SECONDS: '30',
      };
      instances = await Promise.all(ports.map((p) => startInstance(p, env)));
      nginx = await startNginx(ports);
      sql = postgres(db.url, { max: 2, onnotice: () => undefined });
    });
    after(async () => {
      await sql?.end();
      await nginx?.stop();
      for (const i of instances ?? []) {
        if (i.proc.exitCode === null) {
          i.proc.kill('SIGTERM');
          await i.exited;
        }
      }
      await relay?.close();
      await db?.drop();
    });

    const unsent = async () => (await sql`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL`)[0]!.n as number;
    const follow = (email: string, from: string) =>
      http(nginx.url, { method: 'POST', path: `/api/v1/cases/${CASE}/followers`, from, headers: { Origin: nginx.url }, json: { email } });

    it('sends each of 40 follows’ confirmations exactly once, and every one after a relay outage too', async () => {
      const emails = Array.from({ length: 40 }, (_, i) => `foelger${i}@example.net`);
      const answers = await Promise.all(emails.map((email, i) => follow(email, `127.0.2.${i + 1}`)));
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [202]);
      await waitFor(async () => relay.messages.length >= 40 && (await unsent()) === 0, '40 confirmations sent', SLOW);
      const served = new Set((await nginx.log()).filter((l) => l.method === 'POST' && l.path.endsWith('/followers')).map((l) => l.upstream));
      const perRecipient = emails.map((e) => relay.messages.filter((m) => m.to.includes(e)).length);
      report(`40 follows through ${served.size} instances → ${relay.messages.length} confirmation mails, ${perRecipient.filter((n) => n > 1).length} recipients mailed twice`);
      assert.equal(served.size, 2, 'both instances took follows');
      assert.deepEqual(perRecipient, emails.map(() => 1));
      assert.equal(new Set(relay.messages.map((m) => m.messageId)).size, 40);

      // The relay goes away; follows go on; it comes back.
      await relay.down();
      const later = Array.from({ length: 10 }, (_, i) => `senere${i}@example.net`);
      for (const [i, email] of later.entries()) assert.equal((await follow(email, `127.0.3.${i + 1}`)).status, 202);
      await waitFor(async () => (await sql`SELECT count(*)::int AS n FROM outbox WHERE last_error IS NOT NULL AND sent_at IS NULL`)[0]!.n === 10, 'every new message to have failed once', SLOW);
      const [tried] = await sql`SELECT sum(attempts)::int AS n FROM outbox WHERE sent_at IS NULL`;
      await relay.up();
      await waitFor(async () => (await unsent()) === 0, 'the outbox to drain after the outage', SLOW);
      const afterOutage = later.map((e) => relay.messages.filter((m) => m.to.includes(e)).length);
      report(`relay down: 10 follows, ${tried?.n} failed attempts; relay back → ${afterOutage.reduce((a, b) => a + b, 0)} delivered, ${afterOutage.filter((n) => n !== 1).length} lost or doubled`);
      assert.deepEqual(afterOutage, later.map(() => 1));
      assert.equal(relay.messages.length, 50);
    });

    it('holds one client to the write limit across both instances, whatever X-Forwarded-For it forges', async () => {
      const started = Date.now();
      const statuses: number[] = [];
      for (let i = 0; i < WRITES_PER_MINUTE * 2; i++) {
        const r = await http(nginx.url, {
          method: 'POST',
          path: `/api/v1/cases/${CASE}/comments`,
          from: '127.0.0.3',
          headers: { Origin: nginx.url, 'X-Forwarded-For': `198.51.100.${i % 250}, 10.0.0.${i % 250}` },
          json: { authorName: 'Samme læser', text: `Kommentar nummer ${i}` },
        });
        statuses.push(r.status);
      }
      const seconds = (Date.now() - started) / 1000;
      const accepted = statuses.filter((s) => s === 201).length;
      const refill = Math.ceil((seconds * WRITES_PER_MINUTE) / 60);
      const log = (await nginx.log()).filter((l) => l.path.endsWith('/comments') && l.method === 'POST');
      const upstreams = new Set(log.map((l) => l.upstream));
      report(`${statuses.length} writes from one client with forged X-Forwarded-For, alternating over ${upstreams.size} instances in ${seconds.toFixed(1)} s → ${accepted} accepted (limit ${WRITES_PER_MINUTE}/min, ${refill} refilled meanwhile), ${statuses.filter((s) => s === 429).length} refused with 429`);
      assert.equal(upstreams.size, 2);
      assert.ok(accepted >= WRITES_PER_MINUTE && accepted <= WRITES_PER_MINUTE + refill, `${accepted} accepted`);
      assert.ok(statuses.every((s) => s === 201 || s === 429), statuses.join(','));
    });

    it('locks a moderator-token guesser out on every instance once ten wrong tokens were tried over both', async () => {
      const summary = (from: string, token: string) => http(nginx.url, { path: '/api/v1/moderation/summary', from, headers: { Authorization: `Bearer ${token}` } });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await summary('127.0.0.5', `guess-${i}-0123456789abcdef`)).status);
      const log = (await nginx.log()).filter((l) => l.path.startsWith('/api/v1/moderation/summary'));
      const upstreams = new Set(log.map((l) => l.upstream));
      // The right token now, once through each instance: a count per instance would let both in.
      const rightToken = [await summary('127.0.0.5', MODERATOR_TOKEN), await summary('127.0.0.5', MODERATOR_TOKEN)];
      const other = await summary('127.0.0.6', MODERATOR_TOKEN);
      report(`10 wrong moderator tokens over ${upstreams.size} instances → the right token then ${rightToken.map((r) => r.status).join(' and ')} (Retry-After ${rightToken[0]!.headers['retry-after']} s); another address ${other.status}`);
      assert.deepEqual(statuses, Array(10).fill(401));
      assert.equal(upstreams.size, 2);
      assert.deepEqual(rightToken.map((r) => r.status), [429, 429]);
      assert.ok(Number(rightToken[0]!.headers['retry-after']) > 60);
      assert.equal(other.status, 200);
    });

    it('shows a comment through the cache within seconds, and answers a revalidation without page queries', async () => {
      const path = `/api/v1/cases/${CASE}/comments?sort=newest`;
      await http(nginx.url, { path });
      const cached = await http(nginx.url, { path });
      assert.equal(cached.headers['x-cache-status'], 'HIT');
      const text = `Synlig gennem cachen ${Date.now()}`;
      const posted = await http(nginx.url, { method: 'POST', path: `/api/v1/cases/${CASE}/comments`, from: '127.0.0.4', headers: { Origin: nginx.url }, json: { authorName: 'Ny', text } });
      assert.equal(posted.status, 201);
      const started = Date.now();
      await waitFor(async () => (await http(nginx.url, { path })).body.includes(text), 'the comment through the cache', SLOW);
      const seconds = (Date.now() - started) / 1000;

      // An instance asked with the current ETag answers 304 while another session holds the
      // tables the page reads: it ran none of the page's queries.
      const direct = await http(instances[0]!.url, { path });
      const etag = String(direct.headers.etag);
      const lock = await lockTables(db.url, ['cases', 'comments']);
      let revalidated: Awaited<ReturnType<typeof http>>;
      try {
        revalidated = await http(instances[0]!.url, { path, headers: { 'If-None-Match': etag } });
      } finally {
        await lock.release();
      }
      const statuses = (await nginx.log()).filter((l) => l.path.endsWith('/comments') && l.method === 'GET').map((l) => l.cache);
      report(`a comment written through one instance was visible through the cache after ${seconds.toFixed(1)} s (s-maxage ${SHARED_MAX_AGE} s); revalidation with the tables locked → ${revalidated.status}; cache: ${['HIT', 'MISS', 'EXPIRED', 'REVALIDATED', 'STALE', 'UPDATING'].map((k) => `${statuses.filter((s) => s === k).length} ${k}`).join(', ')}`);
      assert.ok(seconds <= SHARED_MAX_AGE + 5, `visible after ${seconds} s`);
      assert.equal(revalidated.status, 304);
    });

    it('loses no request when an instance is stopped under load', async () => {
      const [leaving, staying] = instances as [Instance, Instance];
      let stop = false;
      let n = 0;
      const results: { status: number; error?: string; what: string }[] = [];
      const worker = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const k = n++;
          const from = `127.0.${10 + (k % 200)}.${1 + (w % 250)}`;
          const kind = i % 4;
          const r =
            kind === 0 ? await http(nginx.url, { path: `/api/v1/cases/${CASE}?load=${k}` })
            : kind === 1 ? await http(nginx.url, { path: `/api/v1/cases?q=sundhed&load=${k}` })
            : kind === 2 ? await http(nginx.url, { method: 'POST', path: `/api/v1/cases/${CASE}/views`, from, headers: { Origin: nginx.url, 'User-Agent': `load ${k}` } })
            : await http(nginx.url, { method: 'PUT', path: `/api/v1/cases/${CASE}/ratings/formaal`, from, headers: { Origin: nginx.url }, json: { value: 1 + (k % 4), voteToken: `load-vote-token-${k}-0123456789` } });
          results.push({ status: r.status, error: r.error, what: ['GET case', 'GET list', 'POST view', 'PUT rating'][kind]! });
        }
      };
      const workers = [0, 1, 2, 3].map(worker);
      await waitFor(() => results.length >= 40, 'load to be running', SLOW);
      const before = results.length;
      leaving.proc.kill('SIGTERM');
      const code = await leaving.exited;
      const during = results.length - before;
      const atExit = results.length;
      await waitFor(() => results.length >= atExit + 40, 'load to go on after the instance left', SLOW);
      stop = true;
      await Promise.all(workers);
      const failed = results.filter((r) => r.status < 200 || r.status >= 300);
      report(`${results.length} requests through the proxy, ${during} of them while one instance drained and exited (code ${code}) → ${failed.length} failed`);
      assert.equal(code, 0, leaving.output());
      assert.deepEqual(failed, []);
      assert.equal(staying.proc.exitCode, null);
    });
  });
});
