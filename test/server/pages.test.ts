import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Case } from '../../contract/index.js';
import { BACKENDS, HOLSTEBRO, jsonOf, MODERATOR_TOKEN, startTestServer, type TestServer } from './helpers.js';

/** The hostile title of a published case: every character that must be escaped somewhere in a page. */
const HOSTILE = `Ondt "navn" </title><script>alert(1)</script> & 'mere' </script><!--`;

/** The text content of `<tag …>` elements matching `attrs`, unescaped as a parser would. */
function metaContent(html: string, attr: string): string | undefined {
  const found = html.match(new RegExp(`<meta (?:name|property)="${attr}" content="([^"]*)">`));
  return found?.[1] && decodeEntities(found[1]);
}
const decodeEntities = (text: string) =>
  text.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

function jsonLdOf(html: string): Record<string, unknown> {
  const found = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  assert.ok(found, 'the page has JSON-LD');
  return JSON.parse(found[1]!) as Record<string, unknown>;
}

for (const backend of BACKENDS) {
  describe(`server-rendered pages (${backend.name})`, () => {
    let s: TestServer;
    let hostileId: string;
    before(async () => {
      s = await startTestServer(backend);
      const created = await jsonOf<{ id: string }>(
        await s.api('/cases', {
          method: 'POST',
          json: {
            title: HOSTILE,
            municipalities: ['Odense'],
            interventionType: 'projekt',
            purpose: 'Formål <img src=x onerror=alert(2)> med "citat" og </script> i teksten.',
            contacts: [{ name: 'C <b>' }],
          },
        }),
      );
      hostileId = created.id;
      // Published directly in the database: what matters here is a published case, not how moderation works.
      await s.db.query(`UPDATE cases SET status = 'published' WHERE id = $1`, [hostileId]);
    });
    after(() => s.close());

    const page = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${s.url}${path}`, { headers: { Accept: 'text/html', ...headers }, redirect: 'manual' });

    it('serves a case page whose HTML holds the title, the purpose and the metadata', async () => {
      const c = await jsonOf<Case>(await s.api(`/cases/${HOLSTEBRO}`));
      const res = await page(`/cases/${HOLSTEBRO}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      const html = await res.text();
      assert.match(html, /<html lang="da">/);
      assert.match(html, /<title>Fællesskabsportrætter – Holstebro Kommune \| [^<]+<\/title>/);
      // The case's own text, in the declarative shadow root of the server-rendered element.
      assert.match(html, /<ck-case-detail[^>]* case-id="faellesskabsportraetter-holstebro"[^>]*><template shadowroot="open" shadowrootmode="open">/);
      assert.match(html, /<h1 class="case-title">Fællesskabsportrætter<\/h1>/);
      assert.ok(html.includes('Hovedformålet med ABC-portrætterne'), 'the purpose is in the HTML');
      assert.ok(html.includes('href="tel:+4596114122"') || html.includes('tel:96114122') || html.includes('96 11 41 22'), 'the contact is in the HTML');
      const description = metaContent(html, 'description');
      assert.ok(description && description.length <= 160 && description.startsWith('Hovedformålet'), description);
      assert.equal(metaContent(html, 'og:type'), 'article');
      assert.equal(metaContent(html, 'og:title'), `Fællesskabsportrætter – Holstebro Kommune | Praksiscases fra kommunerne`);
      assert.match(html, new RegExp(`<link rel="canonical" href="${s.url}/cases/${HOLSTEBRO}">`));
      assert.match(html, new RegExp(`<link rel="alternate" hreflang="en" href="${s.url}/cases/${HOLSTEBRO}\\?lang=en">`));
      assert.match(html, /<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\?url=[^"]+format=json"/);
      const ld = jsonLdOf(html);
      assert.equal(ld['@type'], 'Article');
      assert.equal(ld.headline, c.title);
      assert.deepEqual(ld.author, [{ '@type': 'GovernmentOrganization', name: 'Holstebro Kommune' }]);
      assert.equal(ld.datePublished, c.createdAt);
    });

    it('inlines the data the element would fetch, keyed as the browser client keys it', async () => {
      const html = await (await page(`/cases/${HOLSTEBRO}`)).text();
      const found = html.match(/<script type="application\/json" data-ck-data>([\s\S]*?)<\/script>(?:<!--[^>]*-->)*<\/ck-case-detail>/);
      assert.ok(found, 'the data is the last child of the element');
      const data = JSON.parse(found[1]!) as { base: string; entries: Record<string, { value: unknown; etag?: string }> };
      assert.equal(data.base, `${s.url}/api/v1`);
      const fromApi = await jsonOf<Case>(await s.api(`/cases/${HOLSTEBRO}`));
      assert.deepEqual(data.entries[`/cases/${HOLSTEBRO}`]?.value, fromApi);
      assert.ok(data.entries[`/cases/${HOLSTEBRO}/ratings`], 'the ratings are inlined');
      assert.ok(Object.keys(data.entries).some((k) => k.startsWith(`/cases/${HOLSTEBRO}/comments?`)), 'the first page of comments is inlined');
    });

    it('sends no Lit hydration markers (the elements render anew over the server’s nodes): a fifth less HTML to parse before the first paint', async () => {
      const html = await (await page(`/cases/${HOLSTEBRO}`)).text();
      assert.ok(html.includes('Hovedformålet med ABC-portrætterne'), 'the case is rendered');
      assert.deepEqual(html.match(/<!--\/?lit-[^>]*-->/g) ?? [], []);
    });

    it('writes no shadow root (nor its styles) for a section’s feedback thread that shows nothing', async () => {
      const posted = await s.api(`/cases/${encodeURIComponent(hostileId)}/comments`, {
        method: 'POST',
        json: { authorName: 'Læser', text: 'Formålet er klart beskrevet.', section: 'formaal' },
      });
      assert.equal(posted.status, 201);
      const html = await (await page(`/cases/${encodeURIComponent(hostileId)}`)).text();
      const threads = [...html.matchAll(/<ck-comment-thread[^>]* section="([a-z]+)"[^>]*>(<template shadowroot)?/g)].map((m) => [m[1], Boolean(m[2])]);
      assert.ok(threads.length >= 2, `section threads: ${JSON.stringify(threads)}`);
      // The section with feedback is rendered with its shadow root; every other one is an empty element.
      assert.deepEqual(threads.filter(([, rendered]) => rendered).map(([section]) => section), ['formaal']);
      assert.ok(html.includes('Formålet er klart beskrevet.'));
    });

    it('escapes hostile case text in the head, the body and the inlined data', async () => {
      const res = await page(`/cases/${encodeURIComponent(hostileId)}`);
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.ok(!html.includes('<script>alert'), 'no script from the title');
      assert.ok(!html.includes('<img src=x'), 'no element from the purpose');
      assert.ok(!html.includes("</title><script>") && !html.includes("'mere' </script><!--"), 'no raw piece of the title');
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
      assert.ok(title && decodeEntities(title).startsWith(HOSTILE), `${title}`);
      assert.ok(metaContent(html, 'og:title')?.startsWith(HOSTILE));
      assert.equal(jsonLdOf(html).headline, HOSTILE);
      // Only data blocks: the JSON-LD and the inlined data (this server has no bundles, so no loader).
      assert.deepEqual(
        [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]),
        [' type="application/ld+json"', ' type="application/json" data-ck-data'],
      );
    });

    it('sends a strict CSP that allows exactly the page’s own style blocks, and cache headers', async () => {
      const res = await page(`/cases/${HOLSTEBRO}`);
      const html = await res.text();
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.ok(!csp.includes('unsafe-inline'));
      const styles = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
      assert.ok(styles.size >= 3, 'the page, the case and its widgets each carry styles');
      const { createHash } = await import('node:crypto');
      for (const style of styles) {
        assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style!).digest('base64')}'`), 'each style block is allowed by hash');
      }
      assert.match(res.headers.get('cache-control') ?? '', /public/);
      const etag = res.headers.get('etag');
      assert.ok(etag);
      assert.equal((await page(`/cases/${HOLSTEBRO}`, { 'If-None-Match': etag })).status, 304);
    });

    it('names the municipality’s own page as canonical when the case has one; only an https address is taken', async () => {
      const base = { title: 'Gåture i Struer', municipalities: ['Struer'], interventionType: 'projekt', contacts: [{ name: 'K' }] };
      for (const canonicalUrl of ['http://www.struer.dk/gaature', 'javascript:alert(1)', 'https://www.struer.dk:443@evil.example/', 'www.struer.dk/gaature']) {
        const refused = await s.api('/cases', { method: 'POST', json: { ...base, canonicalUrl } });
        assert.equal(refused.status, 400, canonicalUrl);
        assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
        const problem = await jsonOf<{ errors: { path: string; message: string }[] }>(refused);
        assert.deepEqual(problem.errors.map((e) => e.path), ['canonicalUrl'], canonicalUrl);
        assert.match(problem.errors[0]!.message, /https:\/\//, 'the message says what to write');
      }
      const own = 'https://www.struer.dk/borger/gaature?for="ældre"&sted=<by>';
      const { id } = await jsonOf<{ id: string }>(await s.api('/cases', { method: 'POST', json: { ...base, canonicalUrl: own } }));
      await s.db.query(`UPDATE cases SET status = 'published' WHERE id = $1`, [id]);
      assert.equal((await jsonOf<Case>(await s.api(`/cases/${id}`))).canonicalUrl, own);
      const canonicalOf = async () => {
        const html = await (await page(`/cases/${id}`)).text();
        const link = html.match(/<link rel="canonical" href="([^"]*)">/)?.[1];
        return { html, canonical: link && decodeEntities(link) };
      };
      const { html, canonical } = await canonicalOf();
      // As the URL parser writes it (quotes and angle brackets percent-encoded), and escaped in the attribute.
      assert.equal(canonical, new URL(own).href);
      assert.equal(metaContent(html, 'og:url'), new URL(own).href);
      assert.equal(jsonLdOf(html).mainEntityOfPage, new URL(own).href);
      assert.equal(jsonLdOf(html).url, `${s.url}/cases/${id}`, 'the page itself is still this one');
      assert.ok(!html.includes('<by>'), 'nothing raw from the address');

      // A moderator corrects it (same rule), or takes it away: the page is then its own canonical.
      const auth = { Authorization: `Bearer ${MODERATOR_TOKEN}` };
      const bad = await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { canonicalUrl: 'ftp://struer.dk/x' } });
      assert.equal(bad.status, 400);
      assert.deepEqual((await jsonOf<{ errors: { path: string }[] }>(bad)).errors.map((e) => e.path), ['canonicalUrl']);
      assert.equal((await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { canonicalUrl: 'https://struer.dk/ny' } })).status, 200);
      assert.equal((await canonicalOf()).canonical, 'https://struer.dk/ny');
      assert.equal((await s.api(`/moderation/cases/${id}`, { method: 'PATCH', headers: auth, json: { canonicalUrl: null } })).status, 200);
      assert.equal((await canonicalOf()).canonical, `${s.url}/cases/${id}`);
      // The database refuses anything else too, whatever writes the row.
      await assert.rejects(s.db.query(`UPDATE cases SET content = content || '{"canonicalUrl":"javascript:alert(1)"}'::jsonb WHERE id = $1`, [id]));
    });

    it('renders English UI text for ?lang=en and keeps the case in Danish', async () => {
      const html = await (await page(`/cases/${HOLSTEBRO}?lang=en`)).text();
      assert.match(html, /<html lang="en">/);
      assert.ok(html.includes('Print case'), 'the print button is in English');
      assert.ok(html.includes('Hovedformålet'), 'the case text stays as written');
      assert.match(html, new RegExp(`<link rel="canonical" href="${s.url}/cases/${HOLSTEBRO}\\?lang=en">`));
    });

    it('answers an unknown or unpublished case with a 404 page that is not indexed', async () => {
      for (const id of ['findes-ikke', 'x"><script>alert(1)</script>']) {
        const res = await page(`/cases/${encodeURIComponent(id)}`);
        assert.equal(res.status, 404);
        const html = await res.text();
        assert.match(html, /<meta name="robots" content="noindex">/);
        assert.match(html, /Casen findes ikke/);
        assert.ok(!html.includes('<script>alert'));
      }
    });

    it('sends a program that asks for JSON to the API', async () => {
      const res = await page(`/cases/${HOLSTEBRO}`, { Accept: 'application/json' });
      assert.equal(res.status, 307);
      assert.equal(res.headers.get('location'), `${s.url}/api/v1/cases/${HOLSTEBRO}`);
      assert.match(res.headers.get('vary') ?? '', /Accept/);
    });

    it('serves a list page with its filters from the URL, its items as JSON-LD and links to case pages', async () => {
      const res = await page('/cases?ck-municipality=Holstebro&utm_source=x');
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<title>Cases fra Holstebro Kommune \| /);
      assert.match(html, new RegExp(`<link rel="canonical" href="${s.url}/cases\\?ck-municipality=Holstebro">`));
      assert.ok(html.includes('Fællesskabsportrætter'));
      assert.ok(html.includes(`href="${s.url}/cases/${HOLSTEBRO}"`), 'cards link to the server’s case pages');
      const ld = jsonLdOf(html);
      assert.equal(ld['@type'], 'CollectionPage');
      const list = ld.mainEntity as { itemListElement: { url: string }[]; numberOfItems: number };
      assert.ok(list.numberOfItems >= 1);
      assert.ok(list.itemListElement.every((item) => item.url.startsWith(`${s.url}/cases/`)));
      assert.ok(list.itemListElement.some((item) => item.url === `${s.url}/cases/${HOLSTEBRO}`));
    });
  });
}
