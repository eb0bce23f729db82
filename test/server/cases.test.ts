import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Case, CaseSearchResult, Problem } from '../../contract/index.js';
import { assertNothingPrivateSeen, BACKENDS, HOLSTEBRO, jsonOf, startTestServer, type TestServer } from './helpers.js';

for (const backend of BACKENDS) {
  describe(`cases (${backend.name})`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
    });
    after(() => s.close());

    it('keeps the Holstebro case as its source document has it', async () => {
      const c = await jsonOf<Case>(await s.api(`/cases/${HOLSTEBRO}`));
      assert.equal(c.title, 'Fællesskabsportrætter');
      assert.equal(c.contacts[0]?.name, 'Maria Bisgaard Fabricius');
      assert.equal(c.contacts[0]?.jobTitle, 'Konsulent');
      assert.equal(c.contacts[0]?.phone, '96114122');
      assert.equal(c.economyBracket, '< 50.000');
      assert.deepEqual(c.preventionPackages, ['Information og undervisning']);
      assert.equal(c.interventionType, 'projekt');
      assert.equal(c.evaluated, false);
      assert.deepEqual(c.selfAssessment, { formaal: 4, implementering: 4 });
      assert.equal(c.quotes[0]?.person, 'Ann Kathrine Kvistgaard Fihl');
      assert.equal(c.generated, false);
      // The page shows "Projekt periode: -", and empty "Fremmende tiltag" and "Yderligere kommentarer".
      assert.equal(c.projectPeriod, null);
      assert.equal(c.facilitators, null);
      assert.equal(c.additionalComments, null);
      assert.deepEqual(c.related, []);
    });

    it('leaves fields a source lacks empty', async () => {
      const c = await jsonOf<Case>(await s.api('/cases/plads-til-naervaer-og-hjerte'));
      assert.equal(c.contacts[0]?.name, 'Charlotte Iisager Petersen');
      assert.equal(c.economyBracket, null);
      assert.equal(c.interventionType, null);
      assert.equal(c.evaluated, null);
      assert.deepEqual(c.selfAssessment, { formaal: null, implementering: null });
      const abstract = await jsonOf<Case>(await s.api('/cases/beboerdrevet-sundhedsfremme-koege-roskilde'));
      assert.match(abstract.process ?? '', /tålmodigt partnerskab/);
      assert.deepEqual(abstract.municipalities, ['Køge', 'Roskilde']);
    });

    it('finds "ensomhed" for "ensomheden" (Danish stemming), ranked first', async () => {
      const r = await jsonOf<CaseSearchResult>(await s.api('/cases?q=ensomheden&pageSize=100'));
      assert.ok(r.items.some((i) => i.id === 'ensomhed-som-tema-for-samskabelsesprocesser'));
      const exact = await jsonOf<CaseSearchResult>(await s.api('/cases?q=samskabelsesprocesser%20ensomheden'));
      assert.equal(exact.items[0]?.id, 'ensomhed-som-tema-for-samskabelsesprocesser');
    });

    it('matches the last word as a prefix (search-as-you-type)', async () => {
      for (const q of ['fællesskabsport', 'Fællesskabsportræt', 'holstebr']) {
        const r = await jsonOf<CaseSearchResult>(await s.api(`/cases?q=${encodeURIComponent(q)}`));
        assert.ok(r.items.some((i) => i.id === HOLSTEBRO), q);
      }
    });

    it('filters, and each facet counts with the other filters applied', async () => {
      const all = await jsonOf<CaseSearchResult>(await s.api('/cases?pageSize=1'));
      const byMunicipality = await jsonOf<CaseSearchResult>(await s.api('/cases?municipality=Holstebro&pageSize=100'));
      assert.ok(byMunicipality.items.every((i) => i.municipalities.includes('Holstebro')));
      assert.ok(byMunicipality.items.some((i) => i.id === HOLSTEBRO));
      // "Holstebro Kommune" works as well as "Holstebro".
      const long = await jsonOf<CaseSearchResult>(await s.api('/cases?municipality=Holstebro%20Kommune&pageSize=1'));
      assert.equal(long.total, byMunicipality.total);
      // The municipality facet still lists the other municipalities while one is chosen …
      assert.deepEqual(byMunicipality.facets.municipality, all.facets.municipality);
      // … but the other facets count only Holstebro's cases.
      const pkgs = byMunicipality.facets.preventionPackage.reduce((n, f) => n + f.count, 0);
      assert.ok(pkgs <= all.facets.preventionPackage.reduce((n, f) => n + f.count, 0));
      const evaluated = byMunicipality.facets.evaluated.reduce((n, f) => n + f.count, 0);
      assert.ok(evaluated <= byMunicipality.total);
      const info = await jsonOf<CaseSearchResult>(
        await s.api('/cases?preventionPackage=Information%20og%20undervisning&evaluated=false&economyBracket=%3C%2050.000&pageSize=100'),
      );
      assert.ok(info.items.some((i) => i.id === HOLSTEBRO));
      assert.ok(info.items.every((i) => i.evaluated === false && i.economyBracket === '< 50.000'));
      const two = await jsonOf<CaseSearchResult>(await s.api('/cases?municipality=Køge&municipality=Holstebro&pageSize=100'));
      assert.ok(two.total >= byMunicipality.total + 1);
    });

    it('pages through every published case exactly once', async () => {
      const first = await jsonOf<CaseSearchResult>(await s.api('/cases?pageSize=7&sort=title'));
      assert.equal(first.total, 45);
      const seen = new Set<string>();
      for (let page = 1; page <= Math.ceil(first.total / 7); page++) {
        const r = await jsonOf<CaseSearchResult>(await s.api(`/cases?pageSize=7&sort=title&page=${page}`));
        r.items.forEach((i) => seen.add(i.id));
      }
      assert.equal(seen.size, 45);
      const beyond = await jsonOf<CaseSearchResult>(await s.api('/cases?page=99'));
      assert.deepEqual(beyond.items, []);
      assert.equal((await s.api('/cases?pageSize=101')).status, 400);
    });

    it('answers If-None-Match with 304 and lets a shared cache hold reads briefly', async () => {
      const r = await s.api(`/cases/${HOLSTEBRO}`);
      const tag = r.headers.get('etag');
      assert.ok(tag);
      assert.match(r.headers.get('cache-control') ?? '', /s-maxage=\d+/);
      const again = await s.api(`/cases/${HOLSTEBRO}`, { headers: { 'If-None-Match': tag } });
      assert.equal(again.status, 304);
      assert.equal(r.headers.get('set-cookie'), null);
    });

    it('counts a view once per visitor address, without cookies (a new User-Agent is no new visitor)', async () => {
      const a = await jsonOf(await s.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST', headers: { 'user-agent': 'A' } }));
      const again = await jsonOf(await s.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST', headers: { 'user-agent': 'A' } }));
      const b = await s.api(`/cases/${HOLSTEBRO}/views`, { method: 'POST', headers: { 'user-agent': 'B' } });
      assert.equal(a.counted, true);
      assert.equal(again.counted, false);
      assert.deepEqual(await jsonOf(b), { counted: false, viewCount: a.viewCount });
      assert.equal(b.headers.get('set-cookie'), null);
      const stored = await s.db.query<{ visitor_hash: string }>('SELECT visitor_hash FROM case_views');
      assert.ok(stored.every((r) => !r.visitor_hash.includes('127.0.0.1')));
    });

    it('takes a new case from a municipality as pending, not public', async () => {
      const r = await s.api('/cases', {
        method: 'POST',
        json: {
          title: 'Motion for seniorer i Vejle',
          municipalities: ['Vejle'],
          interventionType: 'projekt',
          contacts: [{ name: 'Test Person', email: 'test@vejle.dk' }],
          purpose: 'At få flere seniorer til at bevæge sig.',
          submitterEmail: 'submitter@vejle.dk',
        },
      });
      assert.equal(r.status, 201);
      const { id, status } = await jsonOf(r);
      assert.equal(status, 'pending');
      assert.equal(r.headers.get('location'), `/api/v1/cases/${id}`);
      assert.equal((await s.api(`/cases/${id}`)).status, 404);
    });

    it('gives problem+json with field paths, in Danish or English', async () => {
      const r = await s.api('/cases', { method: 'POST', json: { title: 'x' } });
      assert.equal(r.status, 400);
      assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
      const p = await jsonOf<Problem>(r);
      assert.ok(p.errors?.some((e) => e.path === 'title'));
      assert.ok(p.errors?.some((e) => e.path === 'municipalities'));
      const en = await jsonOf<Problem>(await s.api('/cases/x-y', { headers: { 'Accept-Language': 'en-GB,en;q=0.9,da;q=0.5' } }));
      assert.match(en.detail, /no published case/);
      const q = await jsonOf<Problem>(await s.api('/cases?evaluated=maybe'));
      assert.equal(q.errors?.[0]?.path, 'query.evaluated');
    });

    it('showed no submitter e-mail address or client IP in any public response above', async () => {
      assert.ok(s.seen.privateEmails.has('submitter@vejle.dk'));
      assert.ok((await assertNothingPrivateSeen(s.seen)) > 20);
    });
  });
}
