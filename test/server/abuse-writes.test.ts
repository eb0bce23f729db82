import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Comment, CommentList, CommentPostResponse, RatingSummary } from '../../contract/index.js';
import { BACKENDS, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

/**
 * Abuse of the design, part 2 (issue #13, items 1, 2, 3, 5, 6, 11): the kommune as a phishing
 * relay, mail bombing and link scanners, thread bombs, forged counts, oracles and duplicates, and
 * writes without a browser's consent. Each attack goes through the real server and must fail.
 */
const auth = { Authorization: `Bearer ${MODERATOR_TOKEN}` };
const PHISHING = 'Vigtigt fra kommunen: bekræft dit NemID her https://nemid-holstebro.evil.example/login og skriv til support@evil.example';
const SMUGGLING = 'Hej\r\r\r\r\r.\r\nMAIL FROM:<a@evil.example>\r\nRCPT TO:<b@example.dk>\r\nDATA\r\nSubject: falsk\r\n\r\nfra kommunen\r\n.\r\n';

const depthOf = (c: Comment): number => 1 + Math.max(0, ...c.replies.map(depthOf));
const idsOf = (items: Comment[]): string[] => items.flatMap((c) => [c.id, ...idsOf(c.replies)]);

for (const backend of BACKENDS) {
  describe(`abuse: writes (${backend.name})`, () => {
    let s: TestServer;
    let cases: string[] = [];
    const post = (caseId: string, json: Record<string, unknown>, headers: Record<string, string> = {}) =>
      s.api(`/cases/${caseId}/comments`, { method: 'POST', headers, json });
    const comment = async (caseId: string, json: Record<string, unknown>) => (await jsonOf<CommentPostResponse>(await post(caseId, json))).comment;
    const outbox = (recipient: string, kind: string) =>
      s.db.query<{ subject: string; body: string }>(`SELECT subject, body FROM outbox WHERE recipient = $1 AND kind = $2 ORDER BY id`, [recipient, kind]);
    const linkIn = (body: string, action: string) => new RegExp(`/api/v1(/followers/${action}\\?token=[\\w-]+)`).exec(body)?.[1] ?? '';
    const follow = (caseId: string, email: string) => s.api(`/cases/${caseId}/followers`, { method: 'POST', json: { email } });

    before(async () => {
      s = await startTestServer(backend, { seed: { generate: 10 } });
      cases = (await jsonOf<{ items: { id: string }[] }>(await s.api('/cases?pageSize=12&sort=title'))).items.map((c) => c.id);
    });
    after(() => s.close());

    describe('1: the kommune as a phishing relay', () => {
      const reader = 'reader.one@example.org';
      before(async () => {
        await follow(HOLSTEBRO, reader);
        const [mail] = await outbox(reader, 'follow-confirmation');
        assert.equal((await s.api(linkIn(mail!.body, 'confirm'), { method: 'POST' })).status, 200);
      });

      it('quotes a guest comment as a reader’s text, without live links, never in the kommune’s voice', async () => {
        await comment(HOLSTEBRO, { authorName: 'Holstebro Borgerservice', text: PHISHING });
        await comment(HOLSTEBRO, { authorName: 'Smugler', text: SMUGGLING });
        const notes = await outbox(reader, 'new-comment');
        assert.equal(notes.length, 2);
        for (const note of notes) {
          assert.match(note.body, /skrevet af en gæst på siden, ikke af kommunen/);
          assert.match(note.subject, /^Ny læserkommentar til "/);
          assert.ok(!/https?:\/\/(?!127\.0\.0\.1)/.test(note.body), `no live link but the unsubscribe link:\n${note.body}`);
          assert.ok(!note.body.includes('@evil.example'), 'no mailto-able address');
          // Queued bodies are CRLF throughout (mail/outbox.ts): no bare CR and no bare LF.
          assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(note.body), 'no bare CR or LF reaches the message');
          const lines = note.body.split('\r\n');
          const quoted = lines.filter((l) => l.startsWith('> '));
          const between = note.body.split('--- Læserens kommentar')[1]!.split('--- Slut på læserens kommentar')[0]!.split('\r\n').slice(1, -1);
          assert.deepEqual(between, quoted, 'every line of the reader’s text is quoted');
          assert.ok(!lines.includes('.'), 'no end-of-data look-alike line');
        }
        assert.match(notes[0]!.body, /hxxps\[:\/\/\]nemid-holstebro\[\.\]evil\[\.\]example/);
      });

      it('refuses a reply under a hidden comment exactly like one under a comment that does not exist, and neither counts nor mails it', async () => {
        const caseId = cases[3]!;
        const top = await comment(caseId, { authorName: 'Top', text: 'Et indlæg' });
        const child = await comment(caseId, { authorName: 'Barn', text: 'Et svar', parentId: top.id });
        const countOf = async () => (await jsonOf<{ commentCount: number }>(await s.api(`/cases/${caseId}`))).commentCount;
        assert.equal(await countOf(), 2);
        assert.equal((await s.api(`/moderation/comments/${top.id}/hide`, { method: 'POST', headers: auth })).status, 200);
        assert.equal(await countOf(), 0, 'the reply under the hidden comment is not counted either');
        const mailsBefore = (await s.db.query(`SELECT 1 FROM outbox WHERE kind = 'new-comment'`)).length;
        const strip = async (r: Response) => {
          const { instance: _i, detail: _d, ...rest } = await jsonOf(r);
          return { status: r.status, ...rest };
        };
        const underHidden = await strip(await post(caseId, { authorName: 'X', text: 'skjult svar', parentId: top.id }));
        const underGrandparentHidden = await strip(await post(caseId, { authorName: 'X', text: 'skjult svar 2', parentId: child.id }));
        const underNothing = await strip(await post(caseId, { authorName: 'X', text: 'skjult svar 3', parentId: randomUUID() }));
        assert.equal(underHidden.status, 409);
        assert.deepEqual(underHidden, underNothing);
        assert.deepEqual(underGrandparentHidden, underNothing);
        assert.equal((await s.db.query(`SELECT 1 FROM comments WHERE body LIKE 'skjult svar%'`)).length, 0);
        assert.equal((await s.db.query(`SELECT 1 FROM outbox WHERE kind = 'new-comment'`)).length, mailsBefore);
        const list = await jsonOf<CommentList>(await s.api(`/cases/${caseId}/comments`));
        assert.deepEqual([list.total, list.items.length], [0, 0]);
      });
    });

    describe('2: mail bombing and link scanners', () => {
      it('sends one confirmation per address and case until it expires, and the first link keeps working', async () => {
        const victim = 'victim.one@example.org';
        const answers = new Set<number>();
        for (let i = 0; i < 25; i++) answers.add((await follow(HOLSTEBRO, victim)).status);
        assert.deepEqual([...answers], [202]);
        const mails = await outbox(victim, 'follow-confirmation');
        assert.equal(mails.length, 1);
        assert.match(mails[0]!.body, /virker i 48 timer/);
        assert.deepEqual(await jsonOf(await s.api(linkIn(mails[0]!.body, 'confirm'), { method: 'POST' })), { status: 'confirmed', caseId: HOLSTEBRO });
        await follow(HOLSTEBRO, victim);
        assert.equal((await outbox(victim, 'follow-confirmation')).length, 1, 'a confirmed follower gets no new confirmation');
      });

      it('caps confirmation mails per address across cases, with the same answer', async () => {
        const victim = 'victim.two@example.org';
        for (const caseId of cases.slice(0, 10)) assert.equal((await follow(caseId, victim)).status, 202);
        assert.equal((await outbox(victim, 'follow-confirmation')).length, 5);
      });

      it('sends a new link only once the old one has expired, and an expired link confirms nothing', async () => {
        const victim = 'victim.three@example.org';
        await follow(cases[1]!, victim);
        const [first] = await outbox(victim, 'follow-confirmation');
        await s.db.query(`UPDATE followers SET confirm_sent_at = now() - interval '49 hours' WHERE email = $1`, [victim]);
        assert.equal((await s.api(linkIn(first!.body, 'confirm'), { method: 'POST' })).status, 404);
        await follow(cases[1]!, victim);
        const mails = await outbox(victim, 'follow-confirmation');
        assert.equal(mails.length, 2);
        assert.equal((await s.api(linkIn(mails[1]!.body, 'confirm'), { method: 'POST' })).status, 200);
      });

      it('confirm and unsubscribe links open a page whose button posts; opening them (as a link scanner does) changes nothing', async () => {
        const reader = 'scanned@example.org';
        await follow(cases[2]!, reader);
        const [mail] = await outbox(reader, 'follow-confirmation');
        const status = async () => (await s.db.query<{ status: string }>(`SELECT status FROM followers WHERE email = $1`, [reader]))[0]?.status;
        for (const action of ['confirm', 'unsubscribe']) {
          for (const accept of ['text/html', 'application/json', '*/*']) {
            const page = await s.api(linkIn(mail!.body, action), { headers: { Accept: accept } });
            assert.equal(page.status, 200);
            const html = await page.text();
            assert.match(html, /<form method="post"><input type="hidden" name="token" value="[\w-]+"><button type="submit">/);
            assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
            assert.equal(await status(), 'pending', `GET ${action} (${accept}) changed nothing`);
          }
          assert.equal((await s.api(linkIn(mail!.body, action), { method: 'HEAD' })).status, 200);
        }
        // The button: a plain form post, as the browser sends it.
        const confirmPath = linkIn(mail!.body, 'confirm');
        const token = new URLSearchParams(confirmPath.split('?')[1]).get('token')!;
        const pressed = await s.api('/followers/confirm', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
          body: new URLSearchParams({ token }).toString(),
        });
        assert.equal(pressed.status, 200);
        assert.match(await pressed.text(), /Du følger nu casen/);
        assert.equal(await status(), 'confirmed');
        const unknown = await s.api('/followers/confirm?token=aaaaaaaaaaaaaaaaaaaaaaaa', { headers: { Accept: 'text/html' } });
        assert.equal(unknown.status, 404);
        assert.match(await unknown.text(), /ugyldigt, udløbet eller allerede brugt/);
      });
    });

    describe('3: thread bombs', () => {
      it('keeps a reply chain 6 levels deep at most: deeper replies sit at the deepest level, and every reply can be read', async () => {
        const caseId = cases[4]!;
        const chain: string[] = [];
        for (let i = 0; i < 40; i++) chain.push((await comment(caseId, { authorName: `Kæde ${i}`, text: `svar ${i}`, parentId: chain.at(-1) ?? null })).id);
        const page = await jsonOf<CommentList>(await s.api(`/cases/${caseId}/comments?sort=oldest`));
        const top = page.items.find((c) => c.id === chain[0])!;
        assert.equal(depthOf(top), 7, 'top + 6 levels');
        // Everything is reachable: follow "moreReplies" with ?parent= pages.
        const seen = new Set(idsOf(page.items));
        const pending: Comment[] = [...page.items];
        while (pending.length) {
          const c = pending.pop()!;
          pending.push(...c.replies);
          for (let p = 2; c.moreReplies; p++) {
            const more = await jsonOf<CommentList>(await s.api(`/cases/${caseId}/comments?parent=${c.id}&pageSize=10&page=${p}`));
            for (const id of idsOf(more.items)) seen.add(id);
            if (p * 10 >= more.topLevelTotal) break;
          }
        }
        assert.deepEqual(chain.filter((id) => !seen.has(id)), [], 'every reply of the chain can be read');
        const stored = await s.db.query<{ n: number }>(
          `WITH RECURSIVE t AS (SELECT id, 0 AS d FROM comments WHERE case_id = $1 AND parent_id IS NULL
             UNION ALL SELECT c.id, t.d + 1 FROM comments c JOIN t ON c.parent_id = t.id) SELECT max(d)::int AS n FROM t`,
          [caseId],
        );
        assert.equal(stored[0]?.n, 6);
      });

      it('answers a thread stored 2,500 levels deep (before the limit) quickly and in pages, never whole', async () => {
        const caseId = cases[5]!;
        await s.db.query(
          `INSERT INTO comments (id, case_id, parent_id, author_name, body, status, author_token_hash)
           SELECT 'deep-' || g, $1, CASE WHEN g = 0 THEN NULL ELSE 'deep-' || (g - 1) END, 'Bombe', 'dyb ' || g, 'published', 'x'
           FROM generate_series(0, 2499) g`,
          [caseId],
        );
        const res = await s.api(`/cases/${caseId}/comments`);
        assert.equal(res.status, 200);
        const list = await jsonOf<CommentList>(res);
        assert.ok(depthOf(list.items[0]!) <= 7);
        assert.equal((await s.api(`/cases/${caseId}`)).status, 200);
      });

      it('pages top-level comments in the database: a page size limit and page after page without overlap', async () => {
        const caseId = cases[6]!;
        await s.db.query(
          `INSERT INTO comments (id, case_id, author_name, body, status, author_token_hash, created_at)
           SELECT 'many-' || g, $1, 'Mange', 'nr ' || g, 'published', 'x', now() - g * interval '1 second' FROM generate_series(1, 3000) g`,
          [caseId],
        );
        assert.equal((await s.api(`/cases/${caseId}/comments?pageSize=101`)).status, 400);
        const one = await jsonOf<CommentList>(await s.api(`/cases/${caseId}/comments?pageSize=100&page=1`));
        const two = await jsonOf<CommentList>(await s.api(`/cases/${caseId}/comments?pageSize=100&page=2`));
        assert.deepEqual([one.total, one.topLevelTotal, one.items.length, two.items.length], [3000, 3000, 100, 100]);
        assert.equal(one.items[0]!.id, 'many-1');
        assert.equal(two.items[0]!.id, 'many-101');
      });
    });

    describe('5: counts that can be forged cheaply', () => {
      it('counts one view for 60 User-Agents from one address', async () => {
        const caseId = cases[7]!;
        const before = (await jsonOf<{ viewCount: number }>(await s.api(`/cases/${caseId}`))).viewCount;
        for (let i = 0; i < 60; i++) await s.api(`/cases/${caseId}/views`, { method: 'POST', headers: { 'User-Agent': `Agent/${i}` } });
        assert.equal((await jsonOf<{ viewCount: number }>(await s.api(`/cases/${caseId}`))).viewCount, before + 1);
      });

      it('counts one vote for 40 fresh vote tokens from one address (the latest)', async () => {
        const caseId = cases[7]!;
        let last: RatingSummary | undefined;
        for (let i = 0; i < 40; i++) {
          last = await jsonOf<RatingSummary>(
            await s.api(`/cases/${caseId}/ratings/formaal`, { method: 'PUT', json: { value: (i % 4) + 1, voteToken: `fresh-token-${i}-${randomUUID()}` } }),
          );
        }
        assert.equal(last!.count, 1);
        assert.deepEqual(last!.distribution, [0, 0, 0, 1]);
        assert.equal(last!.yourVote, 4);
      });
    });

    describe('6: oracles and duplicates', () => {
      const newCase = (title: string, purpose = 'At prøve.') => ({ title, municipalities: ['Vejle'], interventionType: 'projekt', contacts: [{ name: 'C' }], purpose });

      it('gives a submission an id that says nothing about held or rejected cases with the same title', async () => {
        const held = await jsonOf<{ id: string }>(await s.api('/cases', { method: 'POST', json: newCase('Søvn for alle', 'Første') }));
        const rejected = await jsonOf<{ id: string }>(await s.api('/cases', { method: 'POST', json: newCase('Søvn og motion', 'Første') }));
        await s.api(`/moderation/cases/${rejected.id}/reject`, { method: 'POST', headers: auth, json: { reason: 'Test' } });
        const ids = [
          (await jsonOf<{ id: string }>(await s.api('/cases', { method: 'POST', json: newCase('Søvn for alle', 'Anden') }))).id,
          (await jsonOf<{ id: string }>(await s.api('/cases', { method: 'POST', json: newCase('Søvn og motion', 'Anden') }))).id,
          (await jsonOf<{ id: string }>(await s.api('/cases', { method: 'POST', json: newCase('Søvn helt uden fortid', 'Anden') }))).id,
        ];
        assert.match(held.id, /^soevn-for-alle-[0-9a-f]{6}$/);
        assert.match(ids[0]!, /^soevn-for-alle-[0-9a-f]{6}$/);
        assert.match(ids[1]!, /^soevn-og-motion-[0-9a-f]{6}$/);
        assert.match(ids[2]!, /^soevn-helt-uden-fortid-[0-9a-f]{6}$/);
      });

      it('stores the same case posted twice once, with the same answer', async () => {
        const a = await s.api('/cases', { method: 'POST', json: newCase('Dobbelt indsendt', 'Samme tekst') });
        const b = await s.api('/cases', { method: 'POST', json: newCase('Dobbelt indsendt', 'Samme tekst') });
        assert.deepEqual([a.status, b.status], [201, 201]);
        assert.deepEqual(await jsonOf(a), await jsonOf(b));
        assert.equal((await s.db.query(`SELECT 1 FROM cases WHERE title = 'Dobbelt indsendt'`)).length, 1);
      });

      it('stores an identical comment re-posted at once only once, and says so', async () => {
        const json = { authorName: 'Dobbeltklik', text: 'Samme kommentar' };
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await post(cases[8]!, json)).status);
        assert.deepEqual(statuses, [201, 409, 409, 409]);
        const again = await jsonOf(await post(cases[8]!, json));
        assert.match(again.detail, /gemt én gang/);
        assert.equal((await s.db.query(`SELECT 1 FROM comments WHERE body = 'Samme kommentar'`)).length, 1);
      });

      it('honours Idempotency-Key: the same key gives the same answer and stores once; another request with it is refused', async () => {
        const key = randomUUID();
        const json = { authorName: 'Nøgle', text: 'Med idempotensnøgle' };
        const answers = [];
        for (let i = 0; i < 4; i++) {
          const r = await post(cases[8]!, json, { 'Idempotency-Key': key });
          answers.push({ status: r.status, body: await r.text(), replayed: r.headers.get('idempotency-replayed') });
        }
        assert.deepEqual(answers.map((a) => a.status), [201, 201, 201, 201]);
        assert.deepEqual(answers.map((a) => a.replayed), [null, 'true', 'true', 'true']);
        assert.equal(new Set(answers.map((a) => a.body)).size, 1);
        assert.equal((await s.db.query(`SELECT 1 FROM comments WHERE body = 'Med idempotensnøgle'`)).length, 1);
        const other = await post(cases[8]!, { ...json, text: 'Noget andet' }, { 'Idempotency-Key': key });
        assert.equal(other.status, 422);
        assert.match(other.headers.get('content-type') ?? '', /problem\+json/);
        const vote = { value: 3, voteToken: `idem-token-${randomUUID()}` };
        const v1 = await s.api(`/cases/${cases[9]!}/ratings/implementering`, { method: 'PUT', headers: { 'Idempotency-Key': key }, json: vote });
        assert.equal(v1.status, 200, 'a key is per method and address');
        assert.equal((await post(cases[8]!, json, { 'Idempotency-Key': 'bad key with spaces' })).status, 400);
      });
    });

    describe('11: writes without a browser’s consent', () => {
      let listed: TestServer;
      before(async () => {
        listed = await startTestServer(backend, { seed: { generate: 0 }, allowedOrigins: 'https://www.holstebro.dk' });
      });
      after(() => listed.close());

      it('takes guest writes only from a listed origin (or a program with no Origin), and views never from a form', async () => {
        const write = (origin: string | null) =>
          listed.api(`/cases/${HOLSTEBRO}/comments`, {
            method: 'POST',
            headers: origin === null ? {} : { Origin: origin },
            json: { authorName: 'Origin', text: `fra ${origin ?? 'et program'}` },
          });
        const foreign = await write('https://evil.example');
        assert.equal(foreign.status, 403);
        assert.match((await jsonOf(foreign)).detail, /https:\/\/evil\.example.*ALLOWED_ORIGINS/);
        assert.equal((await write('null')).status, 403);
        assert.equal((await write('https://www.holstebro.dk')).status, 201);
        assert.equal((await write(null)).status, 201);
        assert.equal((await listed.db.query(`SELECT 1 FROM comments WHERE author_name = 'Origin'`)).length, 2);
        const views = async () => (await jsonOf<{ viewCount: number }>(await listed.api(`/cases/${HOLSTEBRO}`))).viewCount;
        const before = await views();
        const form = await listed.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://www.holstebro.dk' } });
        assert.equal(form.status, 415);
        assert.equal((await listed.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST', headers: { Origin: 'https://evil.example' } })).status, 403);
        assert.equal(await views(), before);
        assert.equal((await listed.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST', headers: { Origin: 'https://www.holstebro.dk' } })).status, 200);
        assert.equal(await views(), before + 1);
      });
    });
  });
}
