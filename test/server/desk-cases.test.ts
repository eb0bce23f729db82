/**
 * What moderators read and decide: the whole pending case and comment, corrections (checked as
 * the form checks, versioned, shown as "updated"), rejections with a reason mailed in the
 * submitter's language, unpublishing, and the vocabulary of themes and target groups.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CaseSearchResult, CommentPostResponse } from '../../contract/index.js';
import { BACKENDS, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

const auth = { Authorization: `Bearer ${MODERATOR_TOKEN}` };
const SUBMITTER = 'indsender.desk@kommune.example';

const fullCase = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  subtitle: 'Søvnvaner blandt unge',
  municipalities: ['Vejle', 'Kolding'],
  organisation: 'Sundhedsafdelingen',
  interventionType: 'projekt',
  economyBracket: '50.000 - 250.000',
  economyText: 'Finansieret af puljemidler.',
  purpose: 'At få unge til at sove mere.',
  targetGroups: [],
  themes: [],
  description: 'Workshops på skolerne.',
  materials: [{ title: 'Folder', url: 'https://vejle.example/folder.pdf' }],
  selfAssessment: { formaal: 3, implementering: 2 },
  contacts: [{ name: 'Sara Holm', jobTitle: 'Konsulent', phone: '76 81 00 00', email: 'sara@vejle.example' }],
  submitterEmail: SUBMITTER,
  ...extra,
});

async function facetValues(s: TestServer): Promise<Record<string, string[]>> {
  const result = await jsonOf<CaseSearchResult>(await s.api('/cases?pageSize=1'));
  return Object.fromEntries(Object.entries(result.facets).map(([k, v]) => [k, (v as { value: string }[]).map((f) => f.value).sort()]));
}

for (const backend of BACKENDS) {
  describe(`desk: cases, comments, vocabulary (${backend.name})`, () => {
    let s: TestServer;
    let inUse: { themes: { value: string }[]; targetGroups: { value: string }[] };
    before(async () => {
      s = await startTestServer(backend, { seed: { generate: 20 } });
      inUse = await jsonOf(await s.api('/moderation/vocabulary', { headers: auth }));
    });
    after(() => s.close());

    it('refuses a submitted case outside the vocabulary: no sixth economy bracket, no missing intervention type', async () => {
      const r = await s.api('/cases', { method: 'POST', json: fullCase('Bad bracket', { economyBracket: '75.000 kr.', interventionType: null }) });
      assert.equal(r.status, 400);
      const paths = (await jsonOf(r)).errors.map((e: { path: string }) => e.path).sort();
      assert.deepEqual(paths, ['economyBracket', 'interventionType']);
    });

    it('returns the whole pending case, as it will be published, with the submitter’s address for moderators only', async () => {
      const theme = inUse.themes[0]!.value;
      const created = await jsonOf(
        await s.api('/cases', { method: 'POST', json: fullCase('Søvn for unge i Vejle', { themes: [theme.toUpperCase()], proposedThemes: ['Søvnhygiejne'] }) }),
      );
      assert.equal((await s.api(`/cases/${created.id}`)).status, 404);
      const list = await jsonOf(await s.api('/moderation/cases', { headers: auth }));
      const listed = list.items.find((c: { id: string }) => c.id === created.id);
      const one = await jsonOf(await s.api(`/moderation/cases/${created.id}`, { headers: auth }));
      for (const c of [listed, one]) {
        assert.equal(c.status, 'pending');
        assert.equal(c.description, 'Workshops på skolerne.');
        assert.equal(c.economyText, 'Finansieret af puljemidler.');
        assert.deepEqual(c.materials, [{ title: 'Folder', url: 'https://vejle.example/folder.pdf' }]);
        assert.equal(c.contacts[0].phone, '76 81 00 00');
        assert.equal(c.submitterEmail, SUBMITTER);
        assert.equal(c.version, 1);
        // The theme typed in another letter case is the value in use; the new one is a proposal shown among the themes.
        assert.deepEqual(c.themes, [theme, 'Søvnhygiejne']);
        assert.deepEqual(c.proposals, { themes: ['Søvnhygiejne'], targetGroups: [] });
      }
      assert.equal((await s.api('/moderation/cases/nope', { headers: auth })).status, 404);
    });

    it('corrects any field with the form’s checks, keeps the old version, and the published case shows it was updated', async () => {
      const { id } = await jsonOf(await s.api('/cases', { method: 'POST', json: fullCase('Gåture for ældre i Struer') }));
      const bad = await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { economyBracket: '75.000 kr.', contacts: [{ name: 'X', email: 'ikke-en-adresse' }] } });
      assert.equal(bad.status, 400);
      assert.deepEqual((await jsonOf(bad)).errors.map((e: { path: string }) => e.path).sort(), ['contacts.0.email']);
      const bracket = await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { economyBracket: '75.000 kr.' } });
      assert.deepEqual((await jsonOf(bracket)).errors.map((e: { path: string }) => e.path), ['economyBracket']);

      const fixed = await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { title: 'Gåture for ældre i Struer Kommune', purpose: 'At flere ældre kommer ud.', reason: 'Stavefejl', expectedVersion: 1 } });
      assert.equal(fixed.status, 200);
      const after = await jsonOf(fixed);
      assert.equal(after.title, 'Gåture for ældre i Struer Kommune');
      assert.equal(after.version, 2);
      assert.ok(after.correctedAt);
      assert.equal(after.description, 'Workshops på skolerne.', 'fields not sent stay as they were');
      // A correction made on an old version is refused rather than overwriting.
      const stale = await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { subtitle: 'Ny', expectedVersion: 1 } });
      assert.equal(stale.status, 409);

      const versions = await jsonOf(await s.api(`/moderation/cases/${id}/versions`, { headers: auth }));
      assert.equal(versions.items.length, 1);
      assert.equal(versions.items[0].content.title, 'Gåture for ældre i Struer');
      const log = await jsonOf(await s.api(`/moderation/audit?targetType=case&targetId=${id}`, { headers: auth }));
      assert.equal(log.items[0].action, 'correct');
      assert.deepEqual(log.items[0].before, { title: 'Gåture for ældre i Struer', purpose: 'At få unge til at sove mere.' });
      assert.deepEqual(log.items[0].after, { title: 'Gåture for ældre i Struer Kommune', purpose: 'At flere ældre kommer ud.', version: 2 });
      assert.equal(log.items[0].reason, 'Stavefejl');

      assert.equal((await s.api(`/moderation/cases/${id}/publish`, { method: 'POST', headers: auth })).status, 200);
      const published = await jsonOf(await s.api(`/cases/${id}`));
      assert.equal(published.title, 'Gåture for ældre i Struer Kommune');
      assert.ok(Date.parse(published.updatedAt) > Date.parse(published.createdAt), 'the case shows it was updated after it was written');
      // Found by its corrected words.
      const found = await jsonOf<CaseSearchResult>(await s.api('/cases?q=Struer%20Kommune%20gåture'));
      assert.ok(found.items.some((c: { id: string }) => c.id === id));
      // After publishing too, and it is the public case that changes.
      await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { subtitle: 'Rettet efter udgivelse' } });
      assert.equal((await jsonOf(await s.api(`/cases/${id}`))).subtitle, 'Rettet efter udgivelse');
    });

    it('rejects with a reason mailed to the submitter in the language they wrote, and unpublishes a live case', async () => {
      const en = await jsonOf(await s.api('/cases', { method: 'POST', headers: { 'Accept-Language': 'en' }, json: fullCase('Sleep for teenagers') }));
      const da = await jsonOf(await s.api('/cases', { method: 'POST', json: fullCase('Søvn for teenagere', { submitterEmail: 'dansk@kommune.example' }) }));
      const noReason = await s.api(`/moderation/cases/${en.id}/reject`, { method: 'POST', headers: auth });
      assert.equal(noReason.status, 400);
      assert.equal((await jsonOf(noReason)).errors[0].path, 'reason');
      for (const id of [en.id, da.id]) {
        const r = await s.api(`/moderation/cases/${id}/reject`, { method: 'POST', headers: auth, json: { reason: 'Casen mangler en kontaktperson i kommunen.' } });
        assert.deepEqual(await jsonOf(r), { id, status: 'rejected', previous: 'pending', mailed: true });
      }
      const mails = await s.db.query<{ recipient: string; subject: string; body: string }>(`SELECT recipient, subject, body FROM outbox WHERE kind = 'case-rejected' ORDER BY id`);
      assert.equal(mails[0]!.recipient, SUBMITTER);
      assert.match(mails[0]!.subject, /Your case "Sleep for teenagers" was not published/);
      assert.match(mails[0]!.body, /Casen mangler en kontaktperson/);
      assert.equal(mails[1]!.recipient, 'dansk@kommune.example');
      assert.match(mails[1]!.subject, /Din case "Søvn for teenagere" er ikke blevet offentliggjort/);

      assert.equal((await s.api(`/moderation/cases/${da.id}/unpublish`, { method: 'POST', headers: auth })).status, 409);
      assert.equal((await s.api(`/cases/${HOLSTEBRO}`)).status, 200);
      const off = await s.api(`/moderation/cases/${HOLSTEBRO}/unpublish`, { method: 'POST', headers: auth, json: { reason: 'Kontakten er holdt op' } });
      assert.equal(off.status, 200);
      assert.equal((await s.api(`/cases/${HOLSTEBRO}`)).status, 404);
      assert.equal((await s.api(`/moderation/cases/${HOLSTEBRO}/publish`, { method: 'POST', headers: auth })).status, 200);
      const log = await jsonOf(await s.api(`/moderation/audit?targetId=${HOLSTEBRO}`, { headers: auth }));
      assert.deepEqual(log.items.map((e: { action: string }) => e.action), ['publish', 'unpublish']);
      assert.equal(log.items[1].reason, 'Kontakten er holdt op');
    });

    it('shows a comment with its address in its thread, and unpublishes a live one', async () => {
      const top = await jsonOf<CommentPostResponse>(await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Ane', text: 'Hvordan rekrutterede I?' } }));
      const reply = await jsonOf<CommentPostResponse>(
        await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Bo', email: 'bo@example.net', text: 'Via foreningerne.', parentId: top.comment.id } }),
      );
      const answer = await jsonOf<CommentPostResponse>(
        await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Ane', text: 'Tak!', parentId: reply.comment.id } }),
      );
      const ctx = await jsonOf(await s.api(`/moderation/comments/${reply.comment.id}`, { headers: auth }));
      assert.equal(ctx.comment.email, 'bo@example.net');
      assert.equal(ctx.comment.caseTitle.length > 0, true);
      assert.deepEqual(ctx.ancestors.map((c: { id: string }) => c.id), [top.comment.id]);
      assert.deepEqual(ctx.replies.map((c: { id: string }) => c.id), [answer.comment.id]);
      assert.equal((await s.api(`/moderation/comments/${reply.comment.id}/hide`, { method: 'POST', headers: auth })).status, 200);
      const thread = await (await s.api(`/cases/${HOLSTEBRO}/comments?pageSize=100`)).text();
      assert.ok(!thread.includes('Via foreningerne.'));
    });

    it('lets a moderator accept or map a proposed theme, merge a typo across all cases, and adds no filter value it should not', async () => {
      const [right, other] = [inUse.themes[0]!.value, inUse.themes[1]!.value];
      const target = inUse.targetGroups[0]!.value;
      const before = await facetValues(s);
      const a = await jsonOf(await s.api('/cases', { method: 'POST', json: fullCase('Forslag A', { proposedThemes: ['Sovn'], proposedTargetGroups: ['Unge 15-17 år'] }) }));
      const b = await jsonOf(await s.api('/cases', { method: 'POST', json: fullCase('Forslag B', { themes: [other], proposedThemes: ['Trivsel i skolen'] }) }));
      const vocab = await jsonOf(await s.api('/moderation/vocabulary', { headers: auth }));
      assert.deepEqual(
        vocab.proposals.themes.filter((p: { caseIds: string[] }) => p.caseIds.includes(a.id) || p.caseIds.includes(b.id)).map((p: { value: string }) => p.value),
        ['Sovn', 'Trivsel i skolen'],
      );
      // Map the typo to a value in use; accept the target group as new.
      const mapped = await jsonOf(await s.api(`/moderation/cases/${a.id}/proposals`, { method: 'POST', headers: auth, json: { kind: 'theme', value: 'Sovn', mapTo: right } }));
      assert.deepEqual([mapped.themes, mapped.proposals.themes], [[right], []]);
      const unknownTarget = await s.api(`/moderation/cases/${a.id}/proposals`, { method: 'POST', headers: auth, json: { kind: 'targetGroup', value: 'Unge 15-17 år', mapTo: 'Findes ikke' } });
      assert.equal(unknownTarget.status, 400);
      const accepted = await jsonOf(await s.api(`/moderation/cases/${a.id}/proposals`, { method: 'POST', headers: auth, json: { kind: 'targetGroup', value: 'Unge 15-17 år', mapTo: null } }));
      assert.deepEqual(accepted.targetGroups, ['Unge 15-17 år']);
      assert.equal((await s.api(`/moderation/cases/${a.id}/proposals`, { method: 'POST', headers: auth, json: { kind: 'theme', value: 'Sovn', mapTo: null } })).status, 404);
      await s.api(`/moderation/cases/${a.id}/publish`, { method: 'POST', headers: auth });
      const afterA = await facetValues(s);
      assert.deepEqual(afterA.theme, before.theme, 'a mapped proposal adds no theme');
      assert.deepEqual(afterA.targetGroup, [...before.targetGroup!, 'Unge 15-17 år'].sort());
      assert.deepEqual(afterA.economyBracket!.filter((v) => !before.economyBracket!.includes(v)).filter((v) => !['< 50.000', '50.000 - 250.000', '250.000 - 500.000', '500.000 - 1.000.000', '> 1.000.000'].includes(v)), []);

      // Merge a value into another across every case, published or waiting.
      const using = (await jsonOf<CaseSearchResult>(await s.api(`/cases?theme=${encodeURIComponent(other)}&pageSize=100`))).total;
      assert.ok(using > 0);
      const merged = await s.api('/moderation/vocabulary/merge', { method: 'POST', headers: auth, json: { kind: 'theme', from: other, into: right } });
      assert.equal(merged.status, 200);
      assert.ok((await jsonOf(merged)).changedCases.includes(b.id));
      assert.equal((await jsonOf<CaseSearchResult>(await s.api(`/cases?theme=${encodeURIComponent(other)}`))).total, 0);
      assert.ok(!(await facetValues(s)).theme!.includes(other));
      assert.deepEqual((await jsonOf(await s.api(`/moderation/cases/${b.id}`, { headers: auth }))).themes, [right, 'Trivsel i skolen']);
      const log = await jsonOf(await s.api('/moderation/audit?targetType=vocabulary', { headers: auth }));
      assert.deepEqual([log.items[0].action, log.items[0].before.value, log.items[0].after.value], ['merge', other, right]);
      assert.equal((await s.api('/moderation/vocabulary/merge', { method: 'POST', headers: auth, json: { kind: 'theme', from: 'Findes ikke', into: right } })).status, 404);
      void target;
    });
  });
}
