/**
 * The guards a hostile visitor meets: the moderator token (missing, wrong, almost right), the
 * rate limiter (429 + Retry-After, then recovery), and privacy (no reader's address or IP in
 * anything public; only published case contacts' work addresses appear).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CommentPostResponse } from '../../contract/index.js';
import { assertNothingPrivateSeen, BACKENDS, describeOn, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

const READER = 'hemmelig.laeser@example.net';
const FOLLOWER = 'foelger@example.net';
const SUBMITTER = 'indsender@kommune.example';
const FORWARDED_IP = '203.0.113.77';

/** Tokens that are nearly the moderator token, and some that are nothing like it. */
function almostRightTokens(token: string): string[] {
  const flip = (i: number) => token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
  return [
    '',
    'x',
    'wrong',
    flip(0),
    flip(token.length - 1),
    flip(Math.floor(token.length / 2)),
    token.slice(0, -1),
    token.slice(1),
    token.slice(0, 16),
    token + 'x',
    token + token,
    token.toUpperCase(),
    token[0]!.toUpperCase() + token.slice(1),
    ` ${token}x`,
    `${token}\t.`,
    token.replace(/-/g, '_'),
    encodeURIComponent(token) + '%00',
  ];
}

for (const backend of BACKENDS) {
  describe(`guards (${backend.name})`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend, { seed: { generate: 5 }, trustProxy: true });
    });
    after(() => s.close());

    it('refuses moderation without a token, with a wrong one and with every almost-right one', async () => {
      const routes: [string, string][] = [
        ['GET', '/moderation/comments'],
        ['GET', '/moderation/cases?status=published'],
        ['POST', `/moderation/cases/${HOLSTEBRO}/reject`],
        ['POST', '/moderation/comments/any/publish'],
      ];
      const headers: (Record<string, string> | undefined)[] = [
        undefined,
        { Authorization: MODERATOR_TOKEN },
        { Authorization: `Basic ${Buffer.from(`admin:${MODERATOR_TOKEN}`).toString('base64')}` },
        { Authorization: `Bearer` },
        { Authorization: `Token ${MODERATOR_TOKEN}` },
        { 'X-Moderator-Token': MODERATOR_TOKEN },
        ...almostRightTokens(MODERATOR_TOKEN).map((t) => ({ Authorization: `Bearer ${t}` })),
      ];
      // Each try from its own address: ten wrong tokens from one address lock it out (429; see desk.test.ts).
      let attempt = 0;
      for (const [method, path] of routes) {
        for (const h of headers) {
          const from = { 'X-Forwarded-For': `198.51.100.${++attempt}` };
          const r = await s.api(path, { method, headers: { ...h, ...from } });
          assert.equal(r.status, 401, `${method} ${path} with ${JSON.stringify(h)}`);
          assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
          assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
        }
      }
      // Nothing was rejected behind the refusals: the case is still published.
      assert.equal((await s.api(`/cases/${HOLSTEBRO}`)).status, 200);
      // The right token, with the whitespace HTTP allows around it, works.
      for (const h of [`Bearer ${MODERATOR_TOKEN}`, `bearer ${MODERATOR_TOKEN}`, `Bearer   ${MODERATOR_TOKEN}  `]) {
        assert.equal((await s.api('/moderation/comments', { headers: { Authorization: h } })).status, 200, h);
      }
    });

    it('shows no reader, follower or submitter address and no IP in any public response', async () => {
      const forwarded = { 'X-Forwarded-For': FORWARDED_IP };
      const posted = await jsonOf<CommentPostResponse>(
        await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: forwarded, json: { authorName: 'Lone', email: READER, text: 'Godt initiativ' } }),
      );
      await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: forwarded, json: { authorName: 'Per', email: READER.toUpperCase(), text: 'Svar', parentId: posted.comment.id } });
      await s.api(`/cases/${HOLSTEBRO}/followers`, { method: 'POST', headers: forwarded, json: { email: FOLLOWER } });
      await s.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST', headers: forwarded });
      await s.api(`/cases/${HOLSTEBRO}/ratings/formaal`, { method: 'PUT', headers: forwarded, json: { value: 3, voteToken: 'a-vote-token-1234567890' } });
      const created = await jsonOf(
        await s.api('/cases', { method: 'POST', headers: forwarded, json: { title: 'Ny case om søvn', municipalities: ['Vejle'], interventionType: 'projekt', contacts: [{ name: 'C', email: 'kontakt@vejle.example' }], submitterEmail: SUBMITTER } }),
      );
      const auth = { Authorization: `Bearer ${MODERATOR_TOKEN}` };
      assert.equal((await s.api(`/moderation/cases/${created.id}/publish`, { method: 'POST', headers: auth })).status, 200);
      // Moderators see the addresses; that is what the token is for.
      assert.match(await (await s.api('/moderation/comments?status=published', { headers: auth })).text(), new RegExp(READER.replace('.', '\\.')));

      // Every public read a widget makes, for each case touched, in both languages.
      for (const id of [HOLSTEBRO, created.id]) {
        for (const lang of ['da', 'en']) {
          const headers = { 'Accept-Language': lang, 'X-Author-Token': posted.authorToken, 'X-Vote-Token': 'a-vote-token-1234567890' };
          for (const path of [`/cases/${id}`, `/cases/${id}/comments?sort=oldest`, `/cases/${id}/ratings`, `/cases?q=${encodeURIComponent('søvn godt')}`, '/cases?pageSize=100', '/openapi.json']) {
            assert.equal((await s.api(path, { headers })).status, 200, path);
          }
        }
      }
      assert.deepEqual(
        [...s.seen.privateEmails].sort(),
        [FOLLOWER, READER, SUBMITTER].sort(),
        'the helper noted every private address sent',
      );
      await assertNothingPrivateSeen(s.seen, [FORWARDED_IP]);

      // Any address at all in a public body must be a published case contact's, and nothing else.
      const contacts = new Set(
        (await s.db.query<{ email: string }>(
          `SELECT lower(x ->> 'email') AS email FROM cases, jsonb_array_elements(content -> 'contacts') x WHERE status = 'published' AND x ->> 'email' IS NOT NULL`,
        )).map((r) => r.email),
      );
      assert.ok(contacts.has('kontakt@vejle.example'), 'the published case’s contact is public');
      for (const { path, body } of await Promise.all(s.seen.bodies)) {
        for (const found of body.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) {
          assert.ok(contacts.has(found.toLowerCase()), `${path} shows ${found}, which is no published contact's address`);
        }
      }
      // Stored, the visitor is a salted hash: neither the IP nor the address is in the tables.
      const dump = JSON.stringify(await s.db.query(`SELECT * FROM case_views`)) + JSON.stringify(await s.db.query(`SELECT * FROM votes`));
      assert.ok(!dump.includes(FORWARDED_IP) && !dump.includes('127.0.0.1'));
    });
  });
}

describeOn('pglite', 'rate limits', () => {
  // 3 writes and 2 views per 20 s: a token back every 6.7 and 10 s, so a burst on a slow machine
  // still meets an empty bucket.
  const WINDOW_MS = 20_000;
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ name: 'pglite' }, { seed: { generate: 0 }, rateLimit: { writesPerMinute: 3, viewsPerMinute: 2, windowMs: WINDOW_MS } });
  });
  after(() => s.close());

  /**
   * Time passes for one budget without the test waiting for it: the bucket's clock (when it was
   * last taken from) is moved back by `seconds`, and the server's refill, computed from that clock,
   * sees that much time gone.
   */
  const letTimePass = (bucket: string, seconds: number) =>
    s.db.query(`UPDATE rate_limits SET updated_at = updated_at - make_interval(secs => $2), full_at = full_at - make_interval(secs => $2) WHERE bucket = $1`, [bucket, seconds]);

  it('answer 429 problem+json with Retry-After, count each visitor apart, and recover after Retry-After', async () => {
    const post = (i: number) => s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'R', text: `r${i}` } });
    const view = () => s.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST' });
    // A token bucket: the full budget at once, then one token per window/limit.
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(i)).status);
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    const limited = await post(9);
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= WINDOW_MS / 1000, `Retry-After: ${retryAfter}`);
    assert.match((await jsonOf(limited)).detail, /\d+ sekunder/);
    // Views have their own budget: writes being limited does not stop counting views.
    const views = [await view(), await view(), await view()];
    assert.deepEqual(views.map((r) => r.status), [200, 200, 429]);
    const viewsRetryAfter = Number(views[2]!.headers.get('retry-after'));
    assert.ok(viewsRetryAfter >= 1 && viewsRetryAfter <= WINDOW_MS / 1000, `views' Retry-After: ${viewsRetryAfter}`);
    const [row] = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM comments');
    assert.equal(row?.n, 3, 'refused posts stored nothing');

    // Writes come back once Retry-After has passed; views, with their own bucket, once theirs has.
    await letTimePass('guest-writes', retryAfter);
    assert.equal((await post(10)).status, 201, 'a write is accepted after Retry-After');
    await letTimePass('views', viewsRetryAfter);
    assert.equal((await view()).status, 200, 'a view is counted after its Retry-After');
  });
});
