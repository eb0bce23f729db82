/**
 * The demo's outbox page (/udbakke): the e-mails the demo would have sent, escaped, with working
 * links — and absent unless asked for, because it shows recipients' addresses.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HOLSTEBRO, startTestServer, type TestServer } from './helpers.js';

describe('demo outbox page', () => {
  let demo: TestServer;
  let plain: TestServer;
  before(async () => {
    demo = await startTestServer({ name: 'pglite' }, { seed: { generate: 0 }, staticDir: 'demo', demoOutbox: true, deskJobs: false });
    plain = await startTestServer({ name: 'pglite' }, { seed: { generate: 0 }, staticDir: 'demo', deskJobs: false });
  });
  after(async () => {
    await demo?.close();
    await plain?.close();
  });

  it('shows a queued confirmation with its links, as text, and says it was not sent', async () => {
    const followed = await demo.api(`/cases/${HOLSTEBRO}/followers`, { method: 'POST', json: { email: 'demo.reader@example.dk' } });
    assert.equal(followed.status, 202);
    // A subject with markup in it (a case title can hold anything) stays text.
    await demo.db.query(`INSERT INTO outbox (kind, case_id, recipient, subject, body) VALUES ('new-comment', $1, 'x@example.dk', $2, 'Hej')`, [HOLSTEBRO, '<img src=x onerror=alert(1)>']);
    const res = await fetch(`${demo.url}/udbakke`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const page = await res.text();
    assert.match(page, /<dd>demo\.reader@example\.dk<\/dd>/);
    assert.match(page, /Ikke sendt \(demoen har ingen mailserver\)/);
    assert.match(page, /<a href="http:\/\/[^"]+\/api\/v1\/followers\/confirm\?token=[\w-]+">/);
    assert.ok(!page.includes('<img src=x'), 'markup in a subject is escaped');
    assert.ok(page.includes('&#60;img src=x onerror=alert(1)&#62;'));
  });

  it('does not exist unless the demo asks for it', async () => {
    assert.equal((await fetch(`${plain.url}/udbakke`)).status, 404);
  });
});
