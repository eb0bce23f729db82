/**
 * A reader's data rights: everything stored about one address found and exported, then erased
 * so that no table and no public answer holds it any more; and expired data purged on schedule.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CommentList, CommentPostResponse } from '../../contract/index.js';
import { runPurge } from '../../server/desk/jobs.js';
import type { Queryable } from '../../server/db/db.js';
import { assertNothingPrivateSeen, BACKENDS, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

const auth = { Authorization: `Bearer ${MODERATOR_TOKEN}` };
const READER = 'Gdpr.Laeser@Example.net';
const address = READER.toLowerCase();
const OTHER_CASE = 'plads-til-naervaer-og-hjerte';

/** Every row of every table of the application whose text holds the needle (any letter case). */
async function tablesHolding(db: Queryable, needle: string): Promise<string[]> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  assert.ok(tables.length >= 10, `only ${tables.length} tables found`);
  const found: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" t WHERE t::text ILIKE $1`, [`%${needle}%`]);
    if (row!.n > 0) found.push(`${name} (${row!.n})`);
  }
  return found;
}

for (const backend of BACKENDS) {
  describe(`desk: a reader's data (${backend.name})`, () => {
    let s: TestServer;
    let caseId: string;
    let own: CommentPostResponse;
    let answer: CommentPostResponse;
    before(async () => {
      // The schedule is off: the test runs the jobs itself.
      s = await startTestServer(backend, { seed: { generate: 3 }, deskJobs: false });
      own = await jsonOf(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Gitte Laeser', email: READER, text: 'Mit første indlæg' } }));
      // Someone else answers the reader; the answer must survive the reader's erasure.
      answer = await jsonOf(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Per', text: 'Et svar til Gitte', parentId: own.comment.id } }));
      await s.api(`/cases/${OTHER_CASE}/comments`, { method: 'POST', json: { authorName: 'Gitte', email: READER.toUpperCase(), text: 'Andet indlæg' } });
      assert.equal((await s.api(`/cases/${HOLSTEBRO}/followers`, { method: 'POST', json: { email: READER } })).status, 202);
      caseId = (
        await jsonOf(
          await s.api('/cases', {
            method: 'POST',
            json: { title: 'Case fra en læser', municipalities: ['Vejle'], interventionType: 'permanent', contacts: [{ name: 'K' }], submitterEmail: READER },
          }),
        )
      ).id;
      // A decision whose reason quotes the address, and a rejection mailed to it.
      await s.api(`/moderation/cases/${caseId}/reject`, { method: 'POST', headers: auth, json: { reason: `Skriv til ${READER} for at høre mere.` } });
    });
    after(() => s.close());

    it('finds and exports everything stored about the address', async () => {
      const found = await jsonOf(await s.api(`/moderation/people?email=${encodeURIComponent(READER)}`, { headers: auth }));
      assert.equal(found.email, address);
      assert.deepEqual(found.comments.map((c: { text: string }) => c.text).sort(), ['Andet indlæg', 'Mit første indlæg']);
      assert.deepEqual(found.follows.map((f: { caseId: string; status: string }) => [f.caseId, f.status]), [[HOLSTEBRO, 'pending']]);
      assert.deepEqual(found.submittedCases.map((c: { id: string; status: string }) => [c.id, c.status]), [[caseId, 'rejected']]);
      assert.deepEqual(found.messages.map((m: { kind: string }) => m.kind).sort(), ['case-rejected', 'follow-confirmation']);
      const file = await s.api(`/moderation/people/export?email=${encodeURIComponent(READER)}`, { headers: auth });
      assert.match(file.headers.get('content-disposition') ?? '', /attachment; filename="casekit-persondata\.json"/);
      const exported = await jsonOf(file);
      assert.equal(exported.comments.length, 2);
      assert.equal(exported.exportedBy, 'drift (MODERATOR_TOKEN)');
      assert.equal((await s.api('/moderation/people?email=ikke-en-adresse', { headers: auth })).status, 400);
    });

    it('erases it: comments deleted (answers kept), follows and messages gone, cases forget it — no trace in any table', async () => {
      assert.ok((await tablesHolding(s.db, address)).length >= 4, 'the address is stored before erasure');
      const r = await s.api('/moderation/people/erase', { method: 'POST', headers: auth, json: { email: READER, comments: 'delete' } });
      assert.equal(r.status, 200);
      assert.deepEqual(await jsonOf(r), { commentsAnonymised: 0, commentsDeleted: 2, followsRemoved: 1, casesCleared: 1, messagesRemoved: 2 });

      assert.deepEqual(await tablesHolding(s.db, address), []);
      // Other readers' answers stay, moved up to where the deleted comment stood.
      const thread = await jsonOf<CommentList>(await s.api(`/cases/${HOLSTEBRO}/comments?pageSize=100`));
      const kept = thread.items.find((c: { id: string; text: string }) => c.id === answer.comment.id);
      assert.ok(kept, 'the answer to the deleted comment is still shown');
      assert.equal(kept.parentId, null);
      assert.ok(!JSON.stringify(thread).includes('Mit første indlæg'));
      // The audit log records the erasure without the address.
      const log = await jsonOf(await s.api('/moderation/audit?targetType=person', { headers: auth }));
      assert.equal(log.items[0].action, 'erase-person');
      assert.equal(log.items[0].after.commentsDeleted, 2);
      assert.ok(!JSON.stringify(log).toLowerCase().includes(address));
      const rejected = await jsonOf(await s.api(`/moderation/audit?targetId=${caseId}`, { headers: auth }));
      assert.equal(rejected.items[0].reason, 'Skriv til [slettet] for at høre mere.');
      // Nothing public ever showed it, before or after.
      for (const path of [`/cases/${HOLSTEBRO}`, `/cases/${OTHER_CASE}/comments`, `/cases?q=${encodeURIComponent(address)}`]) await s.api(path);
      assert.ok((await assertNothingPrivateSeen(s.seen)) > 5);
      const again = await jsonOf(await s.api(`/moderation/people?email=${encodeURIComponent(READER)}`, { headers: auth }));
      assert.deepEqual([again.comments, again.follows, again.submittedCases, again.messages], [[], [], [], []]);
    });

    it('anonymises instead when the reader wants the texts kept', async () => {
      const other = 'anonym.laeser@example.net';
      await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Hanne Hansen', email: other, text: 'Behold min tekst' } });
      const r = await jsonOf(await s.api('/moderation/people/erase', { method: 'POST', headers: auth, json: { email: other, comments: 'anonymise' } }));
      assert.equal(r.commentsAnonymised, 1);
      const thread = await jsonOf<CommentList>(await s.api(`/cases/${HOLSTEBRO}/comments?pageSize=100`));
      const kept = thread.items.find((c: { id: string; text: string }) => c.text === 'Behold min tekst');
      assert.equal(kept?.authorName, 'Anonym');
      assert.ok(!JSON.stringify(thread).includes('Hanne Hansen'));
      assert.deepEqual(await tablesHolding(s.db, other), []);
    });

    it('purges expired data on its schedule: unconfirmed follows, old view records and old messages', async () => {
      await s.api(`/cases/${OTHER_CASE}/followers`, { method: 'POST', json: { email: 'gammel@example.net' } });
      await s.api(`/cases/${OTHER_CASE}/followers`, { method: 'POST', json: { email: 'ny@example.net' } });
      await s.db.query(`UPDATE followers SET created_at = now() - interval '8 days' WHERE email = 'gammel@example.net'`);
      await s.db.query(`UPDATE outbox SET created_at = now() - interval '91 days' WHERE recipient = 'gammel@example.net'`);
      await s.api(`/cases/${OTHER_CASE}/views`, { method: 'POST' });
      await s.db.query(`UPDATE case_views SET counted_at = now() - interval '25 hours'`);
      // A comment sent with an Idempotency-Key: its stored answer holds the writer's name.
      const keyed = { method: 'POST', headers: { 'Idempotency-Key': 'purge-test-key-1' }, json: { authorName: 'Glemt Skribent', text: 'Gemt svar' } };
      assert.equal((await s.api(`/cases/${OTHER_CASE}/comments`, keyed)).status, 201);
      assert.deepEqual(await tablesHolding(s.db, 'Glemt Skribent'), ['comments (1)', 'idempotency_keys (1)']);
      await s.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours'`);
      const purged = await runPurge(s.db);
      assert.ok(purged);
      assert.equal(purged.unconfirmedFollows, 1);
      assert.ok(purged.viewDedup! >= 1);
      assert.ok(purged.messages! >= 1);
      assert.deepEqual(await tablesHolding(s.db, 'gammel@example.net'), []);
      assert.ok(purged.idempotentAnswers! >= 1);
      assert.deepEqual(await tablesHolding(s.db, 'Glemt Skribent'), ['comments (1)'], 'the comment stays, its stored answer goes');
      assert.equal((await tablesHolding(s.db, 'ny@example.net')).length, 2, 'a fresh follow and its mail stay');
      // Not due again for hours: a second call purges nothing.
      assert.equal(await runPurge(s.db), null);
    });
  });
}
