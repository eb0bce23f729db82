/**
 * Mail through a real relay (the `smtp-server` package): STARTTLS with AUTH against a certificate
 * the server must check, TLS from the start, the follower's language, CRLF-only DATA (no bare CR,
 * no `<CR>.<CR><LF>` smuggling), retries across a relay outage, and a refused message shown to
 * moderators instead of being dropped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { enqueue } from '../../server/mail/outbox.js';
import { smtpRelay } from '../harness/smtp-relay.js';
import { waitFor as waitForCondition } from '../harness/wait-for.js';
import { BACKENDS, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

type Relay = Awaited<ReturnType<typeof smtpRelay>>;

/** The shared wait, with the minute a relay outage and its backoff can take on a busy machine. */
const waitFor = <T>(what: string, check: () => T | Promise<T>) => waitForCondition(check, what, { timeout: 60_000 });

const fastRetries = { pollSeconds: 1, retryBaseSeconds: 1 };
const follow = (s: TestServer, email: string, lang = 'da') =>
  s.api(`/cases/${HOLSTEBRO}/followers`, { method: 'POST', headers: { 'Accept-Language': lang }, json: { email } });

for (const backend of BACKENDS) {
  describe(`mail through a relay with STARTTLS and AUTH (${backend.name})`, () => {
    let relay: Relay;
    let s: TestServer;
    before(async () => {
      relay = await smtpRelay({ tls: true, auth: { user: 'casekit', pass: 'p@ss:word' } });
      s = await startTestServer(backend, {
        seed: { generate: 0 },
        mail: { url: relay.url, from: 'casekit@holstebro.example', requireTls: true, caFile: relay.caFile, ...fastRetries },
      });
    });
    after(async () => {
      await s.close();
      await relay.close();
    });

    it('sends over TLS, logged in, checking the certificate, in the language the reader followed in', async () => {
      assert.equal((await follow(s, 'english@example.net', 'en')).status, 202);
      assert.equal((await follow(s, 'dansk@example.net', 'da')).status, 202);
      await waitFor('two messages', () => relay.messages.length >= 2);
      const byTo = Object.fromEntries(relay.messages.map((m) => [m.to[0], m]));
      for (const m of relay.messages) {
        assert.equal(m.secure, true, 'STARTTLS was used');
        assert.equal(m.user, 'casekit', 'the relay saw the login');
        assert.match(m.messageId ?? '', /^<[0-9a-f-]{36}@holstebro\.example>$/);
      }
      assert.match(byTo['english@example.net'].subject, /^Confirm that you want to follow "/);
      assert.match(byTo['english@example.net'].text, /http:\/\/127\.0\.0\.1:\d+\/api\/v1\/followers\/confirm\?token=/);
      assert.match(byTo['english@example.net'].text, /If you did not ask for this/);
      assert.match(byTo['dansk@example.net'].subject, /^Bekræft, at du vil følge "/);
      assert.match(byTo['dansk@example.net'].text, /Har du ikke bedt om det/);
    });

    it('puts only CRLF line ends on the wire, so a smuggled second message stays text in the first', async () => {
      const before = relay.messages.length;
      const hostile = 'Linje 1\rLinje 2\nLinje 3\r\n\r.\r\nMAIL FROM:<falsk@kommune.example>\r\nRCPT TO:<offer@example.net>\r\nDATA\r\nFrom: Kommunen\r\n\r\nBekræft dit NemID\r\n.\r\nQUIT\r\n';
      await enqueue(s.db, { kind: 'new-comment', caseId: HOLSTEBRO, recipient: 'laeser@example.net', subject: 'Ny\r\nBcc: offer@example.net', body: hostile });
      const [stored] = await s.db.query<{ body: string; subject: string }>(`SELECT body, subject FROM outbox WHERE recipient = 'laeser@example.net'`);
      assert.doesNotMatch(stored!.body, /\r(?!\n)|(?<!\r)\n/, 'queued with CRLF only');
      assert.equal(stored!.subject, 'Ny Bcc: offer@example.net', 'a subject is one line');
      const m = await waitFor('the message', () => relay.messages.slice(before).find((x) => x.to.includes('laeser@example.net')));
      // Nothing more arrives: the smuggled transaction never became a message of its own.
      await waitFor('the outbox to be empty', async () => (await s.db.query(`SELECT 1 FROM outbox WHERE sent_at IS NULL`)).length === 0);
      assert.equal(relay.messages.length, before + 1);
      assert.deepEqual(m.to, ['laeser@example.net']);
      assert.doesNotMatch(m.raw, /\r(?!\n)|(?<!\r)\n/, 'no bare CR or LF in DATA');
      assert.match(m.text, /\r\n\.\r\nMAIL FROM:<falsk@kommune\.example>\r\n/, 'the look-alike arrives as text of this message');
      assert.equal(m.headers.bcc, undefined);
    });
  });
}

describe('mail over TLS from the start (smtps://)', () => {
  let relay: Relay;
  let s: TestServer;
  before(async () => {
    relay = await smtpRelay({ secure: true });
    s = await startTestServer({ name: 'pglite' }, { seed: { generate: 0 }, mail: { url: relay.url, caFile: relay.caFile, ...fastRetries } });
  });
  after(async () => {
    await s.close();
    await relay.close();
  });

  it('delivers over implicit TLS', async () => {
    assert.equal((await follow(s, 'tls@example.net')).status, 202);
    const m = await waitFor('the message', () => relay.messages[0]);
    assert.equal(m.secure, true);
  });
});

describe('mail when the relay is down or refuses', () => {
  let relay: Relay;
  let s: TestServer;
  before(async () => {
    relay = await smtpRelay({ refuse: (address: string) => address.startsWith('findes.ikke@') });
    s = await startTestServer({ name: 'pglite' }, { seed: { generate: 0 }, mail: { url: relay.url, ...fastRetries } });
  });
  after(async () => {
    await s.close();
    await relay.close();
  });

  it('retries with backoff through an outage and delivers each message once', async () => {
    await relay.down();
    for (const email of ['a@example.net', 'b@example.net', 'c@example.net']) assert.equal((await follow(s, email)).status, 202);
    const tried = await waitFor('failed attempts', async () => {
      const rows = await s.db.query<{ attempts: number; last_error: string | null; next_attempt_at: Date }>(`SELECT attempts, last_error, next_attempt_at FROM outbox`);
      return rows.length === 3 && rows.every((r) => r.attempts >= 2 && r.last_error) ? rows : null;
    });
    assert.match(tried[0]!.last_error!, /ECONNREFUSED|connect/i);
    assert.equal(relay.messages.length, 0);
    await relay.up();
    await waitFor('three deliveries', () => relay.messages.length >= 3);
    await waitFor('the outbox to be sent', async () => (await s.db.query(`SELECT 1 FROM outbox WHERE sent_at IS NULL`)).length === 0);
    assert.deepEqual(relay.messages.map((m) => m.to[0]).sort(), ['a@example.net', 'b@example.net', 'c@example.net']);
    const ids = new Set(relay.messages.map((m) => m.messageId));
    assert.equal(ids.size, 3);
  });

  it('shows a message the relay refused for good to moderators, and can try it again', async () => {
    assert.equal((await follow(s, 'findes.ikke@example.net')).status, 202);
    const auth = { Authorization: `Bearer ${MODERATOR_TOKEN}` };
    const listed = await waitFor('a failed message', async () => {
      const body = await jsonOf<{ failed: { id: number; recipient: string; lastError: string; kind: string }[] }>(await s.api('/moderation/mail', { headers: auth }));
      return body.failed.find((f) => f.recipient === 'findes.ikke@example.net');
    });
    assert.equal(listed.kind, 'follow-confirmation');
    assert.match(listed.lastError, /550/);
    assert.equal((await s.api('/moderation/mail')).status, 401, 'only moderators see it');
    assert.equal((await s.api(`/moderation/mail/${listed.id}/retry`, { method: 'POST', headers: auth })).status, 202);
    assert.equal((await s.api(`/moderation/mail/${listed.id}/retry`, { method: 'POST', headers: auth })).status, 404, 'no longer failed');
  });
});
