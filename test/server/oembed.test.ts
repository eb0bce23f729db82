import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Case } from '../../contract/index.js';
import { BACKENDS, HOLSTEBRO, jsonOf, startTestServer, type TestServer } from './helpers.js';

const HOSTILE = `Ondt <img src=x onerror=alert(1)> "navn" </a><script>alert(2)</script>`;

/** What oEmbed 1.0 (section 2.3.4) requires of every response, and of the `rich` type. */
function assertOembedRich(body: Record<string, unknown>): void {
  assert.equal(body.version, '1.0');
  assert.equal(body.type, 'rich');
  assert.equal(typeof body.html, 'string');
  for (const key of ['width', 'height'] as const) {
    assert.ok(Number.isInteger(body[key]) && (body[key] as number) > 0, `${key} is a positive whole number`);
  }
  for (const key of ['title', 'author_name', 'provider_name'] as const) {
    if (key in body) assert.equal(typeof body[key], 'string', key);
  }
  for (const key of ['author_url', 'provider_url'] as const) {
    if (key in body) assert.match(String(body[key]), /^https?:\/\//, key);
  }
  if ('cache_age' in body) assert.ok(Number.isInteger(body.cache_age));
  const allowed = ['type', 'version', 'title', 'author_name', 'author_url', 'provider_name', 'provider_url', 'cache_age', 'html', 'width', 'height'];
  assert.deepEqual(Object.keys(body).filter((k) => !allowed.includes(k)), []);
}

for (const backend of BACKENDS) {
  describe(`oEmbed and sitemap (${backend.name})`, () => {
    let s: TestServer;
    let hostileId: string;
    before(async () => {
      s = await startTestServer(backend);
      hostileId = (
        await jsonOf<{ id: string }>(
          await s.api('/cases', { method: 'POST', json: { title: HOSTILE, municipalities: ['Vejle'], interventionType: 'projekt', purpose: '<b>fed</b> & "citat"', contacts: [{ name: 'C' }] } }),
        )
      ).id;
      await s.db.query(`UPDATE cases SET status = 'published' WHERE id = $1`, [hostileId]);
    });
    after(() => s.close());

    const oembed = (url: string, extra = '') => fetch(`${s.url}/oembed?url=${encodeURIComponent(url)}&format=json${extra}`);

    it('answers a case address with a rich embed: the server-rendered case, a fallback link and the discovery it names', async () => {
      const res = await oembed(`${s.url}/cases/${HOLSTEBRO}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const body = await jsonOf<Record<string, unknown>>(res);
      assertOembedRich(body);
      assert.equal(body.title, 'Fællesskabsportrætter');
      assert.equal(body.author_name, 'Holstebro Kommune');
      assert.equal(body.provider_url, `${s.url}/`);
      const html = body.html as string;
      assert.match(html, /^(<!--[^>]*-->)*<ck-case-detail /);
      assert.match(html, new RegExp(`<ck-case-detail[^>]* case-id="${HOLSTEBRO}"[^>]* api="${s.url}/api/v1" lang="da"`));
      assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
      assert.ok(html.includes('Hovedformålet med ABC-portrætterne'), 'the purpose is in the embed');
      assert.ok(html.includes(`<a href="${s.url}/cases/${HOLSTEBRO}">Fællesskabsportrætter – Holstebro Kommune</a>`), 'a fallback link');
      assert.match(html, /<script type="application\/json" data-ck-data>/);
      // This test server has no bundles: no loader to add.
      assert.ok(!/<script type="module"/.test(html));
      // The case page that names this embed.
      const page = await (await fetch(`${s.url}/cases/${HOLSTEBRO}`)).text();
      assert.ok(page.includes(`href="${s.url}/oembed?url=${encodeURIComponent(`${s.url}/cases/${HOLSTEBRO}`)}&#38;format=json"`));
    });

    it('adds the loader from this server or from the configured CDN', async () => {
      const cdn = await startTestServer(backend, { staticDir: 'demo' });
      try {
        const html = (await jsonOf<{ html: string }>(await fetch(`${cdn.url}/oembed?url=${encodeURIComponent(`${cdn.url}/cases/${HOLSTEBRO}`)}`))).html;
        assert.ok(html.endsWith(`<script type="module" src="${cdn.url}/casekit/casekit.js" data-api="${cdn.url}/api/v1"></script>`), html.slice(-200));
      } finally {
        await cdn.close();
      }
    });

    it('embeds a list with the filters of its address as the element’s locks', async () => {
      const body = await jsonOf<Record<string, unknown>>(await oembed(`${s.url}/cases?ck-municipality=Holstebro&ck-sort=title&lang=en`));
      assertOembedRich(body);
      const html = body.html as string;
      assert.match(html, /<ck-case-list[^>]* municipality="Holstebro"[^>]* sort="title"[^>]* lang="en"/);
      assert.ok(html.includes('Fællesskabsportrætter'));
      assert.ok(html.includes(`href="${s.url}/cases/${HOLSTEBRO}?lang=en"`), 'cards link to the case pages');
    });

    it('embeds a list with several values of one filter as a lock on all of them, in the list API’s syntax', async () => {
      const api = await jsonOf<{ total: number; items: { id: string; municipalities: string[] }[] }>(await s.api('/cases?municipality=Holstebro&municipality=K%C3%B8ge&pageSize=10'));
      assert.ok(api.items.some((c) => c.municipalities.includes('Holstebro')) && api.items.some((c) => c.municipalities.includes('Køge')), 'cases of both');
      const listUrl = `${s.url}/cases?ck-municipality=Holstebro&ck-municipality=K%C3%B8ge&ck-intervention-type=projekt`;
      const body = await jsonOf<Record<string, unknown>>(await oembed(listUrl));
      assertOembedRich(body);
      const html = body.html as string;
      // One value stays a plain attribute; the filter with two goes whole into `filters`.
      assert.match(html, /<ck-case-list[^>]* intervention-type="projekt"[^>]* filters="municipality=Holstebro&amp;municipality=K%C3%B8ge"/);
      assert.ok(!/ municipality="/.test(html), 'no single-value lock that would drop Køge');
      const data = JSON.parse(html.match(/<script type="application\/json" data-ck-data>([\s\S]*?)<\/script>/)![1]!) as {
        entries: Record<string, { value: { total: number } }>;
      };
      // The element asked for both municipalities (and the type): inlined under that key, so it hydrates without a request.
      const key = Object.keys(data.entries).find((k) => k.startsWith('/cases?'));
      assert.equal(key, '/cases?interventionType=projekt&municipality=Holstebro&municipality=K%C3%B8ge&page=1&pageSize=10');
      const both = await jsonOf<{ total: number }>(await s.api('/cases?municipality=Holstebro&municipality=K%C3%B8ge&interventionType=projekt&pageSize=10'));
      assert.ok(both.total > 0);
      assert.equal(data.entries[key]!.value.total, both.total);
      // The list page of the same address shows the same cases.
      const page = await (await fetch(listUrl, { headers: { Accept: 'text/html' } })).text();
      assert.match(page, /<title>Cases fra Holstebro Kommune, Køge Kommune \|/);
      assert.ok(page.includes(`<meta name="description" content="${both.total} praksiscases`), 'the page counts the cases of both');
    });

    it('embeds a list’s search and page from its address, showing what that page shows', async () => {
      // A search with more than one page of results: the embed shows the second page of it.
      const api = await jsonOf<{ total: number; items: { id: string }[] }>(await s.api('/cases?q=borgere&page=2&pageSize=10'));
      assert.ok(api.total > 10 && api.items.length > 0, 'the search has a second page');
      const body = await jsonOf<Record<string, unknown>>(await oembed(`${s.url}/cases?ck-q=borgere&ck-page=2`));
      assertOembedRich(body);
      const html = body.html as string;
      assert.match(html, /<ck-case-list[^>]* q="borgere"[^>]* page="2"/);
      const data = JSON.parse(html.match(/<script type="application\/json" data-ck-data>([\s\S]*?)<\/script>/)![1]!) as {
        entries: Record<string, { value: { items: { id: string }[] } }>;
      };
      // Inlined under the key the element will ask for in the browser, so it hydrates without a request.
      const entry = data.entries['/cases?page=2&pageSize=10&q=borgere'];
      assert.ok(entry, `inlined: ${Object.keys(data.entries).join(', ')}`);
      assert.deepEqual(entry.value.items.map((i) => i.id), api.items.map((i) => i.id));
      // Each card of that page links to its case page.
      for (const item of api.items) assert.ok(html.includes(`href="${s.url}/cases/${item.id}"`), `card ${item.id} is rendered`);
    });

    it('keeps within maxwidth and maxheight', async () => {
      const body = await jsonOf<{ width: number; height: number }>(await oembed(`${s.url}/cases/${HOLSTEBRO}`, '&maxwidth=400&maxheight=300'));
      assert.equal(body.width, 400);
      assert.equal(body.height, 300);
    });

    it('escapes hostile case text in the title, the fallback link and the rendered case', async () => {
      const body = await jsonOf<{ title: string; html: string; author_name: string }>(await oembed(`${s.url}/cases/${hostileId}`));
      assert.equal(body.title, HOSTILE);
      assert.ok(!body.html.includes('<img src=x'), 'no image element from the title');
      assert.ok(!body.html.includes('<script>alert'), 'no script from the title');
      assert.ok(!body.html.includes('<b>fed</b>'), 'no markup from the purpose');
      assert.ok(body.html.includes('&lt;img src=x onerror=alert(1)&gt;') || body.html.includes('&#60;img src=x onerror=alert(1)&#62;'));
    });

    it('refuses what it cannot embed, as problem+json a person can act on', async () => {
      const cases: [string, number, RegExp][] = [
        [`/oembed?url=${encodeURIComponent(`${s.url}/cases/findes-ikke`)}`, 404, /findes-ikke/],
        [`/oembed?url=${encodeURIComponent('https://evil.example/cases/x')}`, 404, /Kun adresser på denne server/],
        [`/oembed?url=${encodeURIComponent(`${s.url}/api/v1/cases/${HOLSTEBRO}`)}`, 404, /Kun adresser/],
        [`/oembed?url=${encodeURIComponent(`${s.url}/cases/${HOLSTEBRO}`)}&format=xml`, 501, /format=json/],
        ['/oembed?format=json', 400, /Angiv adressen/],
        [`/oembed?url=${encodeURIComponent(`${s.url}/cases/${HOLSTEBRO}`)}&maxwidth=-5`, 400, /maxwidth/],
      ];
      for (const [path, status, detail] of cases) {
        const res = await fetch(`${s.url}${path}`);
        assert.equal(res.status, status, path);
        assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, path);
        const problem = await jsonOf<{ status: number; detail: string }>(res);
        assert.equal(problem.status, status);
        assert.match(problem.detail, detail, path);
      }
      const english = await jsonOf<{ detail: string }>(await fetch(`${s.url}/oembed?format=json`, { headers: { 'Accept-Language': 'en' } }));
      assert.match(english.detail, /Give the address/);
    });

    it('lists every published case in the sitemap, and no pending one', async () => {
      const pending = (
        await jsonOf<{ id: string }>(await s.api('/cases', { method: 'POST', json: { title: 'Endnu ikke godkendt', municipalities: ['Aarhus'], interventionType: 'projekt', contacts: [{ name: 'D' }] } }))
      ).id;
      const res = await fetch(`${s.url}/sitemap.xml`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/xml/);
      const xml = await res.text();
      assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
      const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
      const [{ n }] = (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE status = 'published'`)) as [{ n: number }];
      assert.equal(locs.length, n + 1, 'the list page and each published case');
      assert.ok(locs.includes(`${s.url}/cases`));
      const holstebro = await jsonOf<Case>(await s.api(`/cases/${HOLSTEBRO}`));
      assert.ok(xml.includes(`<url><loc>${s.url}/cases/${HOLSTEBRO}</loc><lastmod>${holstebro.updatedAt.slice(0, 10)}</lastmod></url>`));
      assert.ok(!locs.some((l) => l?.endsWith(`/cases/${pending}`)), 'a pending case is not listed');
      assert.match(await (await fetch(`${s.url}/robots.txt`)).text(), new RegExp(`Sitemap: ${s.url}/sitemap.xml`));
    });
  });
}
