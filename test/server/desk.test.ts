/**
 * The editorial desk's guard and its people: named moderators (made, listed, revoked — refused
 * at once), who may see what (anonymous visitors and readers' tokens get nothing of what waits
 * or of the audit log), the lock-out after wrong tokens, the overview of waiting work, and the
 * moderators' digest through the outbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CommentPostResponse } from '../../contract/index.js';
import { runDigest } from '../../server/desk/jobs.js';
import { BACKENDS, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

const bootstrap = { Authorization: `Bearer ${MODERATOR_TOKEN}` };
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const SECRET_TITLE = 'Hemmelig ventende case om søvn';
const SECRET_COMMENT = 'Ventende kommentar som kun moderatorer må se';
const READER = 'laeser.desk@example.net';

export const newCase = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  municipalities: ['Vejle'],
  interventionType: 'projekt',
  contacts: [{ name: 'Sara Holm', email: 'sara@vejle.example' }],
  purpose: 'At få flere til at sove godt.',
  ...extra,
});

/** Every moderation route in the OpenAPI document, with its placeholders filled. */
async function deskRoutes(s: TestServer, caseId: string, commentId: string): Promise<[string, string][]> {
  const doc = await jsonOf<{ paths: Record<string, Record<string, unknown>> }>(await s.api('/openapi.json'));
  const routes: [string, string][] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/moderation')) continue;
    for (const method of Object.keys(methods)) {
      const filled = path
        .replace('{id}', path.includes('comments') ? commentId : path.includes('moderators') ? 'someone' : caseId)
        .replace('{action}', path.includes('comments') ? 'publish' : 'reject');
      routes.push([method.toUpperCase(), filled + (path.startsWith('/moderation/people') && method === 'get' ? `?email=${READER}` : '')]);
    }
  }
  return routes;
}

for (const backend of BACKENDS) {
  describe(`desk: moderators and access (${backend.name})`, () => {
    let s: TestServer;
    let caseId: string;
    let comment: CommentPostResponse;
    before(async () => {
      s = await startTestServer(backend, { seed: { generate: 3 }, commentModeration: 'pre', trustProxy: true, deskJobs: false });
      caseId = (await jsonOf(await s.api('/cases', { method: 'POST', json: newCase(SECRET_TITLE, { submitterEmail: READER }) }))).id;
      comment = await jsonOf(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Lise', email: READER, text: SECRET_COMMENT } }));
      // A decision, so the audit log has something to leak if it could.
      await s.api(`/moderation/cases/${HOLSTEBRO}/unpublish`, { method: 'POST', headers: bootstrap, json: { reason: 'Tjek af kontaktoplysninger' } });
      await s.api(`/moderation/cases/${HOLSTEBRO}/publish`, { method: 'POST', headers: bootstrap });
    });
    after(() => s.close());

    it('gives anonymous visitors and readers’ tokens nothing of what waits, nor the audit log, on any desk route', async () => {
      const routes = await deskRoutes(s, caseId, comment.comment.id);
      assert.ok(routes.length >= 15, `only ${routes.length} desk routes found`);
      const voteToken = 'reader-vote-token-0123456789';
      const visitors: Record<string, string>[] = [
        {},
        { 'X-Author-Token': comment.authorToken },
        bearer(comment.authorToken),
        bearer(voteToken),
        { 'X-Vote-Token': voteToken },
      ];
      let n = 0;
      for (const [method, path] of routes) {
        for (const headers of visitors) {
          const from = { 'X-Forwarded-For': `192.0.2.${++n % 250}` };
          const init: RequestInit & { json?: unknown } = { method, headers: { ...headers, ...from } };
          if (method !== 'GET') init.json = { reason: 'x', name: 'Ond', email: READER, comments: 'delete', kind: 'theme', value: 'x', from: 'a', into: 'b', title: 'Overtaget' };
          const r = await s.api(path, init);
          const text = await r.text();
          assert.equal(r.status, 401, `${method} ${path} with ${Object.keys(headers).join(',') || 'nothing'}: ${r.status}`);
          for (const secret of [SECRET_TITLE, SECRET_COMMENT, READER, 'Tjek af kontaktoplysninger']) assert.ok(!text.includes(secret), `${method} ${path} shows ${secret}`);
        }
      }
      // Nothing happened behind the refusals.
      const [row] = await s.db.query<{ status: string; title: string }>(`SELECT status, title FROM cases WHERE id = $1`, [caseId]);
      assert.deepEqual(row, { status: 'pending', title: SECRET_TITLE });
      assert.equal((await s.db.query(`SELECT 1 FROM moderators`)).length, 0);
      // The public API does not show the pending case either.
      assert.equal((await s.api(`/cases/${caseId}`)).status, 404);
    });

    it('makes named moderators whose decisions carry their name, and refuses a revoked one at once', async () => {
      const made = await s.api('/moderation/moderators', { method: 'POST', headers: bootstrap, json: { name: 'Anna Andersen', email: 'anna@kommune.example' } });
      assert.equal(made.status, 201);
      const { account, token } = await jsonOf(made);
      assert.equal(account.name, 'Anna Andersen');
      // Only the hash is stored.
      const stored = await s.db.query<{ token_hash: string }>(`SELECT token_hash FROM moderators WHERE id = $1`, [account.id]);
      assert.notEqual(stored[0]!.token_hash, token);
      assert.ok(!JSON.stringify(await jsonOf(await s.api('/moderation/moderators', { headers: bootstrap }))).includes(token));

      const summary = await jsonOf(await s.api('/moderation/summary', { headers: bearer(token) }));
      assert.equal(summary.moderator.name, 'Anna Andersen');
      const hidden = await s.api(`/moderation/comments/${comment.comment.id}/hide`, { method: 'POST', headers: bearer(token), json: { reason: 'Reklame' } });
      assert.equal(hidden.status, 200);
      const log = await jsonOf(await s.api(`/moderation/audit?targetType=comment&targetId=${comment.comment.id}`, { headers: bearer(token) }));
      assert.equal(log.items[0].moderatorName, 'Anna Andersen');
      assert.equal(log.items[0].action, 'hide');
      assert.deepEqual([log.items[0].before, log.items[0].after, log.items[0].reason], [{ status: 'pending' }, { status: 'hidden' }, 'Reklame']);
      assert.ok(!Number.isNaN(Date.parse(log.items[0].at)));

      // Revoked by another moderator: the very next request is refused.
      assert.equal((await s.api(`/moderation/moderators/${account.id}/revoke`, { method: 'POST', headers: bootstrap })).status, 200);
      const refused = await s.api('/moderation/summary', { headers: bearer(token) });
      assert.equal(refused.status, 401);
      assert.match((await jsonOf(refused)).title, /moderatornøgle/);
      const revoked = await jsonOf(await s.api('/moderation/audit?targetType=moderator', { headers: bootstrap }));
      assert.deepEqual(revoked.items.map((e: { action: string }) => e.action), ['revoke-moderator', 'add-moderator']);
    });

    it('locks an address out after ten wrong tokens, right token or not, and not other addresses', async () => {
      const guesser = { 'X-Forwarded-For': '203.0.113.9' };
      for (let i = 0; i < 10; i++) {
        assert.equal((await s.api('/moderation/cases', { headers: { ...guesser, ...bearer(`guess-${i}-aaaaaaaaaaaaaaaa`) } })).status, 401);
      }
      const locked = await s.api('/moderation/cases', { headers: { ...guesser, ...bootstrap } });
      assert.equal(locked.status, 429);
      assert.ok(Number(locked.headers.get('retry-after')) > 60);
      assert.match((await jsonOf(locked)).detail, /forkerte moderatornøgler/);
      assert.equal((await s.api('/moderation/cases', { headers: { 'X-Forwarded-For': '203.0.113.10', ...bootstrap } })).status, 200);
    });

    it('shows counts and the oldest waiting item, and mails moderators one digest of waiting work', async () => {
      const work = await jsonOf(await s.api('/moderation/summary', { headers: bootstrap }));
      assert.equal(work.pendingCases, 1);
      assert.equal(work.pendingComments, 0);
      assert.deepEqual([work.oldest.kind, work.oldest.id, work.oldest.title], ['case', caseId, SECRET_TITLE]);

      const made = await jsonOf(await s.api('/moderation/moderators', { method: 'POST', headers: bootstrap, json: { name: 'Bo', email: 'bo@kommune.example' } }));
      await s.api('/moderation/moderators', { method: 'POST', headers: bootstrap, json: { name: 'Uden adresse' } });
      for (let i = 0; i < 3; i++) {
        await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'K', text: `kommentar ${i}` } });
      }
      const deps = { publicUrl: () => 'https://cases.example.dk' };
      // Not yet due (the last digest ran within the hour), then due. Set here, not left to the
      // migration's now(): a database cloned from a dump made over an hour ago would be due at once.
      await s.db.query(`UPDATE desk_jobs SET last_run = now() - interval '30 minutes' WHERE name = 'moderator-digest'`);
      assert.equal(await runDigest(s.db, deps), 0);
      await s.db.query(`UPDATE desk_jobs SET last_run = now() - interval '2 hours' WHERE name = 'moderator-digest'`);
      assert.equal(await runDigest(s.db, deps), 1);
      const mails = await s.db.query<{ recipient: string; subject: string; body: string }>(`SELECT recipient, subject, body FROM outbox WHERE kind = 'moderator-digest'`);
      assert.equal(mails.length, 1, 'one digest, not one mail per comment');
      assert.equal(mails[0]!.recipient, 'bo@kommune.example');
      assert.match(mails[0]!.body, /1 case venter/);
      assert.match(mails[0]!.body, /3 kommentarer venter/);
      assert.match(mails[0]!.body, /https:\/\/cases\.example\.dk\/moderation\.html/);
      // Nothing new since: no second digest, even when due.
      await s.db.query(`UPDATE desk_jobs SET last_run = now() - interval '2 hours' WHERE name = 'moderator-digest'`);
      assert.equal(await runDigest(s.db, deps), 0);
      // A revoked moderator gets no digest.
      await s.api(`/moderation/moderators/${made.account.id}/revoke`, { method: 'POST', headers: bootstrap });
      await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'K', text: 'en til' } });
      await s.db.query(`UPDATE desk_jobs SET last_run = now() - interval '2 hours' WHERE name = 'moderator-digest'`);
      assert.equal(await runDigest(s.db, deps), 0);
    });
  });
}

describe('desk without any moderator', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ name: 'pglite' }, { seed: { generate: 0 }, moderatorToken: '' });
  });
  after(() => s.close());

  it('says in plain words how to make the first moderator (503), and works once one exists', async () => {
    const r = await s.api('/moderation/summary', { headers: bootstrap });
    assert.equal(r.status, 503);
    assert.match((await jsonOf(r)).detail, /npm run moderator -- add/);
    const { addModerator } = await import('../../server/queries/moderators.js');
    const { token } = await addModerator(s.db, { name: 'Første' });
    assert.equal((await s.api('/moderation/summary', { headers: bearer(token) })).status, 200);
    assert.equal((await s.api('/moderation/summary', { headers: bootstrap })).status, 401);
  });
});
