import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CaseSearchResult, CaseSummary, CommentList, CommentPostResponse, RatingSummary, Ratings } from '../../contract/index.js';
import { assertNothingPrivateSeen, BACKENDS, describeOn, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

const EMAIL = 'secret.reader@example.org';
const auth = { Authorization: `Bearer ${MODERATOR_TOKEN}` };

for (const backend of BACKENDS) {
  describe(`ratings, comments, followers, moderation (${backend.name})`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend, { seed: { generate: 5 } });
    });
    after(() => s.close());

    it('records a vote per token and changes it when the same token votes again', async () => {
      const voteToken = 'reader-token-aaaaaaaaaaaa';
      let r = await jsonOf<RatingSummary>(await s.api(`/cases/${HOLSTEBRO}/ratings/formaal`, { method: 'PUT', json: { value: 2, voteToken } }));
      assert.deepEqual(r.distribution, [0, 1, 0, 0]);
      r = await jsonOf<RatingSummary>(await s.api(`/cases/${HOLSTEBRO}/ratings/formaal`, { method: 'PUT', json: { value: 4, voteToken } }));
      assert.deepEqual(r.distribution, [0, 0, 0, 1]);
      assert.equal(r.count, 1);
      assert.equal(r.yourVote, 4);
      assert.equal(r.ownerAnswer, 4);
      const all = await jsonOf<Ratings>(await s.api(`/cases/${HOLSTEBRO}/ratings`));
      assert.equal(all.questions[1]?.label, 'Er indsatsen blevet implementeret som planlagt?');
      assert.equal((await s.api(`/cases/${HOLSTEBRO}/ratings/formaal`, { method: 'PUT', json: { value: 5, voteToken } })).status, 400);
      assert.equal((await s.api(`/cases/${HOLSTEBRO}/ratings/andet`, { method: 'PUT', json: { value: 1, voteToken } })).status, 400);
    });

    it('gives every case in a list its readers’ rating summary, and none to a case without votes', async () => {
      const list = await jsonOf<CaseSearchResult>(await s.api('/cases?pageSize=50&sort=title'));
      const [voted, unvoted] = list.items.filter((item) => item.id !== HOLSTEBRO);
      // Three readers (three addresses) answer "formål": 4, 3, 3 → 3.3 of 4.
      for (const [i, value] of [4, 3, 3].entries()) {
        await s.db.query(`INSERT INTO votes (case_id, question, token_hash, value, address_hash) VALUES ($1, 'formaal', $2, $3, $4)`, [voted!.id, `summary-token-${i}`, value, `summary-address-${i}`]);
      }
      const after = await jsonOf<CaseSearchResult>(await s.api('/cases?pageSize=50&sort=title'));
      assert.deepEqual(after.items.find((item) => item.id === voted!.id)?.readerRatings, [{ question: 'formaal', count: 3, average: 3.3 }]);
      assert.deepEqual(after.items.find((item) => item.id === unvoted!.id)?.readerRatings, []);
      // The same summary where a single case is read.
      assert.deepEqual((await jsonOf<CaseSummary>(await s.api(`/cases/${voted!.id}`))).readerRatings, [{ question: 'formaal', count: 3, average: 3.3 }]);
    });

    it('threads replies, keeps e-mail private and hides honeypot posts', async () => {
      const top = await jsonOf<CommentPostResponse>(
        await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Lone', email: EMAIL, text: 'Godt initiativ', section: 'barrierer' } }),
      );
      assert.equal(top.comment.status, 'published');
      assert.ok(top.authorToken.length >= 16);
      const reply = await s.api(`/cases/${HOLSTEBRO}/comments`, {
        method: 'POST',
        json: { authorName: 'Per', text: 'Enig!', parentId: top.comment.id },
      });
      assert.equal(reply.status, 201);
      const bot = await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'x', text: 'spam', website: 'http://spam' } });
      assert.equal(bot.status, 201);
      const list = await jsonOf<CommentList>(await s.api(`/cases/${HOLSTEBRO}/comments?sort=oldest`));
      const thread = list.items.find((c) => c.id === top.comment.id);
      assert.equal(thread?.section, 'barrierer');
      assert.equal(thread?.replies[0]?.text, 'Enig!');
      assert.ok(!JSON.stringify(list).includes('spam'));
      const bad = await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'x', text: 'y', parentId: 'nope' } });
      assert.equal(bad.status, 409);
      assert.equal((await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'x', text: 'y', section: 'kontakt' } })).status, 400);
      assert.equal((await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'x', text: 'y'.repeat(5001) } })).status, 400);

      for (const path of [`/cases/${HOLSTEBRO}/comments`, `/cases/${HOLSTEBRO}`, '/cases?q=godt', `/cases/${HOLSTEBRO}/ratings`]) {
        const body = await (await s.api(path)).text();
        assert.ok(!body.includes(EMAIL), path);
        assert.ok(!body.includes('127.0.0.1'), path);
      }
    });

    it('follows with double opt-in, notifies confirmed followers, unsubscribes', async () => {
      const r = await s.api(`/cases/${HOLSTEBRO}/followers`, { method: 'POST', json: { email: 'Follower@Example.org' } });
      assert.equal(r.status, 202);
      const [mail] = await s.db.query<{ body: string; kind: string }>(
        `SELECT body, kind FROM outbox WHERE recipient = 'follower@example.org' ORDER BY id`,
      );
      assert.equal(mail?.kind, 'follow-confirmation');
      const confirm = /\/api\/v1(\/followers\/confirm\?token=[\w-]+)/.exec(mail?.body ?? '')?.[1];
      const unsubscribe = /\/api\/v1(\/followers\/unsubscribe\?token=[\w-]+)/.exec(mail?.body ?? '')?.[1];
      assert.ok(confirm && unsubscribe);
      // Not yet confirmed: no notification.
      await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'A', text: 'før bekræftelse' } });
      // Opening the link changes nothing; the page's button posts.
      assert.equal((await s.api(confirm)).status, 200);
      assert.deepEqual(await jsonOf(await s.api(confirm, { method: 'POST' })), { status: 'confirmed', caseId: HOLSTEBRO });
      await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'A', text: 'efter bekræftelse' } });
      const notes = await s.db.query<{ body: string }>(`SELECT body FROM outbox WHERE kind = 'new-comment' AND recipient = 'follower@example.org'`);
      assert.equal(notes.length, 1);
      assert.match(notes[0]?.body ?? '', /efter bekræftelse/);
      assert.equal((await s.api(unsubscribe, { method: 'POST' })).status, 200);
      await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'A', text: 'efter afmelding' } });
      const after = await s.db.query(`SELECT 1 FROM outbox WHERE kind = 'new-comment' AND recipient = 'follower@example.org'`);
      assert.equal(after.length, 1);
      assert.equal((await s.api('/followers/confirm?token=aaaaaaaaaaaaaaaaaaaaaaaa')).status, 404);
      assert.equal((await s.api(`/cases/${HOLSTEBRO}/followers`, { method: 'POST', json: { email: 'nope' } })).status, 400);
    });

    it('guards moderation with the bearer token', async () => {
      assert.equal((await s.api('/moderation/comments')).status, 401);
      assert.equal((await s.api('/moderation/comments', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
      const almost = MODERATOR_TOKEN.slice(0, -1) + 'X';
      assert.equal((await s.api('/moderation/comments', { headers: { Authorization: `Bearer ${almost}` } })).status, 401);
      assert.equal((await s.api('/moderation/comments', { headers: { Authorization: MODERATOR_TOKEN } })).status, 401);
      const ok = await s.api('/moderation/comments?status=published', { headers: auth });
      assert.equal(ok.status, 200);
      // Moderators do see e-mail addresses.
      assert.ok((await ok.text()).includes(EMAIL));
    });

    it('lets a moderator hide a published comment and publish a pending case', async () => {
      const posted = await jsonOf<CommentPostResponse>(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'B', text: 'skjul mig' } }));
      assert.equal((await s.api(`/moderation/comments/${posted.comment.id}/hide`, { method: 'POST', headers: auth })).status, 200);
      const list = await (await s.api(`/cases/${HOLSTEBRO}/comments?pageSize=100`)).text();
      assert.ok(!list.includes('skjul mig'));
      const created = await jsonOf(await s.api('/cases', { method: 'POST', json: { title: 'Ny case fra Odense', municipalities: ['Odense'], interventionType: 'projekt', contacts: [{ name: 'C' }] } }));
      const pending = await jsonOf(await s.api('/moderation/cases', { headers: auth }));
      assert.ok(pending.items.some((c: { id: string }) => c.id === created.id));
      assert.equal((await s.api(`/moderation/cases/${created.id}/publish`, { method: 'POST', headers: auth })).status, 200);
      assert.equal((await s.api(`/cases/${created.id}`)).status, 200);
      assert.equal((await s.api('/moderation/comments/nope/publish', { method: 'POST', headers: auth })).status, 404);
    });

    it('stores exactly 200 of 200 concurrent comment posts', async () => {
      const id = 'plads-til-naervaer-og-hjerte';
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => s.api(`/cases/${id}/comments`, { method: 'POST', json: { authorName: `N${i}`, text: `kommentar ${i}` } })),
      );
      assert.ok(results.every((r) => r.status === 201));
      const [row] = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM comments WHERE case_id = $1', [id]);
      assert.equal(row?.n, 200);
      const list = await jsonOf<CommentList>(await s.api(`/cases/${id}/comments?pageSize=100&page=2`));
      assert.equal(list.total, 200);
      assert.equal(list.items.length, 100);
    });

    it('answers every error status as problem+json', async () => {
      const expectProblem = async (res: Response, status: number) => {
        assert.equal(res.status, status);
        assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
        const p = await jsonOf(res);
        assert.equal(p.status, status);
        assert.ok(p.detail.length > 10);
        return res;
      };
      await expectProblem(await s.api('/nowhere'), 404);
      const m = await expectProblem(await s.api(`/cases/${HOLSTEBRO}`, { method: 'DELETE' }), 405);
      assert.match(m.headers.get('allow') ?? '', /GET/);
      const big = JSON.stringify({ authorName: 'x', text: 'y'.repeat(70 * 1024) });
      await expectProblem(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big }), 413);
      await expectProblem(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hej' }), 415);
      await expectProblem(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":' }), 400);
      await expectProblem(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' }), 400);
      await expectProblem(await s.api('/cases/nope'), 404);
    });

    it('sends CORS headers that widgets on other sites need', async () => {
      const pre = await s.api('/cases', {
        method: 'OPTIONS',
        headers: { Origin: 'https://www.holstebro.dk', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.ok([200, 204].includes(pre.status));
      assert.equal(pre.headers.get('access-control-allow-origin'), '*');
      const get = await s.api('/cases', { headers: { Origin: 'https://www.holstebro.dk' } });
      assert.match(get.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    });

    it('showed no commenter or follower e-mail address or client IP in any public response above', async () => {
      assert.ok(s.seen.privateEmails.has(EMAIL) && s.seen.privateEmails.has('follower@example.org'));
      assert.ok((await assertNothingPrivateSeen(s.seen)) > 40);
    });
  });
}

describeOn('pglite', 'pre-moderation, rate limits, moderation disabled', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ name: 'pglite' }, { seed: { generate: 0 }, commentModeration: 'pre', moderatorToken: '', rateLimit: { writesPerMinute: 3 } });
  });
  after(() => s.close());

  it('holds comments until approved, visible only to their author', async () => {
    const posted = await jsonOf<CommentPostResponse>(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'P', text: 'venter' } }));
    assert.equal(posted.comment.status, 'pending');
    const pub = await jsonOf<CommentList>(await s.api(`/cases/${HOLSTEBRO}/comments`));
    assert.equal(pub.total, 0);
    const mine = await jsonOf<CommentList>(await s.api(`/cases/${HOLSTEBRO}/comments`, { headers: { 'X-Author-Token': posted.authorToken } }));
    assert.equal(mine.items[0]?.status, 'pending');
    assert.equal(mine.items[0]?.own, true);
  });

  it('answers 503 on moderation routes when MODERATOR_TOKEN is unset', async () => {
    const r = await s.api('/moderation/comments', { headers: auth });
    assert.equal(r.status, 503);
    assert.match((await jsonOf(r)).detail, /MODERATOR_TOKEN/);
  });

  it('limits writes per visitor with 429 and Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) last = await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'R', text: `r${i}` } });
    assert.equal(last?.status, 429);
    assert.ok(Number(last?.headers.get('retry-after')) > 0);
  });
});
