import { Hono, type Context } from 'hono';
import { createHash } from 'node:crypto';
import type { Case, CaseSearchResult } from '../../contract/index.js';
import { pageDocument, SITE_NAME, type PageLang, type RenderedPage } from '../render/document.js';
import { escapeHtml } from '../render/html.js';
import { caseDescription, caseJsonLd, caseTitle, listJsonLd, municipalityName, ownPageOf } from '../render/metadata.js';
import { renderElement } from '../render/render.js';
import { oembedRoutes } from './oembed.js';
import { sitemapRoutes } from './sitemap.js';
import { CASES_PATH, hrefTemplate, listQuery, oembedUrl, pageLang, siteFor, type Site, type SiteDeps } from './site.js';

const TERMS = {
  da: {
    notFound: 'Casen findes ikke',
    notFoundText: 'Der er ingen offentliggjort case med denne adresse. Den kan være flyttet eller endnu ikke godkendt.',
    listTitle: 'Alle cases',
    listFrom: (m: string) => `Cases fra ${m}`,
    search: (q: string) => `Søgning: ${q}`,
    page: (n: number) => `side ${n}`,
    listDescription: (total: number) => `${total} praksiscases fra danske kommuner: hvad de gjorde, for hvem, hvad det kostede og hvem man kan ringe til.`,
  },
  en: {
    notFound: 'Case not found',
    notFoundText: 'There is no published case at this address. It may have moved or not yet been approved.',
    listTitle: 'All cases',
    listFrom: (m: string) => `Cases from ${m}`,
    search: (q: string) => `Search: ${q}`,
    page: (n: number) => `page ${n}`,
    listDescription: (total: number) => `${total} practice cases from Danish municipalities: what they did, for whom, what it cost and whom to call.`,
  },
} as const;

/**
 * The server's own pages, for readers, search engines and link previews: one per
 * published case and one per list (its filters in the `ck-…` query the list
 * element itself writes). Content, metadata and data are in the HTML; the loader
 * only makes the widgets interactive. At `/cases…`, beside the API's `/api/v1/…`
 * and outside the demo site's `*.html` pages; with them `/oembed`, `/sitemap.xml`
 * and `/robots.txt`.
 */
export function pageRoutes(deps: SiteDeps): Hono {
  const pages = new Hono();
  pages.get(`${CASES_PATH}/:id`, async (c) => {
    const id = c.req.param('id');
    const site = siteFor(deps, c);
    // A program that asks for JSON wants the API's resource, not a page.
    if (prefersJson(c.req.header('Accept'))) return toApi(c, `${site.apiBase}/cases/${encodeURIComponent(id)}`);
    const lang = pageLang(c);
    const rendered = await renderElement(
      {
        tag: 'ck-case-detail',
        attributes: { 'case-id': id, 'heading-level': '1', 'href-template': hrefTemplate(site, lang) },
      },
      { apiBase: site.apiBase, fetch: site.api, pageUrl: c.req.url, lang },
    );
    const found = rendered.data.entries[`/cases/${encodeURIComponent(id)}`]?.value as Case | undefined;
    if (!found) return notFound(c, site, lang);
    const url = site.caseUrl(found.id, lang);
    const canonical = ownPageOf(found) ?? url;
    const page = pageDocument(
      {
        lang,
        title: caseTitle(found, lang),
        description: caseDescription(found),
        canonical,
        url,
        alternates: (['da', 'en'] as const).map((l) => ({ lang: l, href: site.caseUrl(found.id, l) })),
        oembed: oembedUrl(site, url),
        ogType: 'article',
        jsonLd: caseJsonLd(found, url, canonical),
      },
      // The page owns the h1 (the element's headings start at 2): the case title, shown in place of the element's own.
      `<h1 class="case-title">${escapeHtml(found.title)}</h1>\n${rendered.html}`,
      { src: site.scriptUrl, apiBase: site.apiBase },
    );
    return send(c, page, 200, rendered.data.entries);
  });

  pages.get(CASES_PATH, async (c) => {
    const site = siteFor(deps, c);
    if (prefersJson(c.req.header('Accept'))) return toApi(c, `${site.apiBase}/cases${new URL(c.req.url).search}`);
    const lang = pageLang(c);
    const query = listQuery(c.req.url);
    const rendered = await renderElement(
      { tag: 'ck-case-list', attributes: { 'heading-level': '2', 'href-template': hrefTemplate(site, lang) } },
      { apiBase: site.apiBase, fetch: site.api, pageUrl: c.req.url, lang },
    );
    const result = Object.entries(rendered.data.entries).find(([key]) => /^\/cases(\?|$)/.test(key))?.[1]?.value as
      | CaseSearchResult
      | undefined;
    const title = listTitle(query, lang);
    const url = site.listUrl(query, lang);
    const page = pageDocument(
      {
        lang,
        title: `${title} | ${SITE_NAME[lang]}`,
        description: TERMS[lang].listDescription(result?.total ?? 0),
        canonical: url,
        url,
        alternates: (['da', 'en'] as const).map((l) => ({ lang: l, href: site.listUrl(query, l) })),
        oembed: oembedUrl(site, url),
        ogType: 'website',
        jsonLd: result ? listJsonLd(result, url, (id) => site.caseUrl(id, lang), title) : undefined,
        noindex: !result || result.total === 0,
      },
      `<h1>${escapeHtml(title)}</h1>\n${rendered.html}`,
      { src: site.scriptUrl, apiBase: site.apiBase },
    );
    return send(c, page, 200, rendered.data.entries);
  });

  pages.route('/', oembedRoutes(deps));
  pages.route('/', sitemapRoutes(deps));
  return pages;
}

function listTitle(query: URLSearchParams, lang: PageLang): string {
  const t = TERMS[lang];
  const municipalities = query.getAll('ck-municipality');
  const q = query.get('ck-q');
  const page = Number(query.get('ck-page')) || 1;
  let title: string = municipalities.length ? t.listFrom(municipalities.map(municipalityName).join(', ')) : t.listTitle;
  if (q) title += ` – ${t.search(q)}`;
  if (page > 1) title += `, ${t.page(page)}`;
  return title;
}

/** True when the client lists JSON before HTML (a program, not a browser). */
export function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const json = accept.search(/application\/(?:[\w.+-]+\+)?json/);
  const html = accept.search(/text\/html|\*\/\*/);
  return json !== -1 && (html === -1 || json < html);
}

function notFound(c: Context, site: Site, lang: PageLang): Response {
  const t = TERMS[lang];
  const page = pageDocument(
    {
      lang,
      title: `${t.notFound} | ${SITE_NAME[lang]}`,
      description: t.notFoundText,
      canonical: site.listUrl(undefined, lang),
      url: c.req.url,
      alternates: [],
      ogType: 'website',
      noindex: true,
    },
    `<h1>${escapeHtml(t.notFound)}</h1>\n<p>${escapeHtml(t.notFoundText)}</p>`,
    { apiBase: site.apiBase },
  );
  return send(c, page, 404);
}

/** A program that asked for JSON: the API's own resource (the answer depends on Accept). */
function toApi(c: Context, location: string): Response {
  c.header('Vary', 'Accept');
  return c.redirect(location, 307);
}

/**
 * HTML with its own strict policy. A page changes when its data does (the case,
 * its comments, its count): shared caches may keep it a minute, browsers
 * revalidate. The ETag is the data's, not the markup's — form ids in the markup
 * differ from one render to the next, the content does not — and only the data it
 * shows: a write to another case leaves it as it was.
 */
function send(c: Context, page: RenderedPage, status: 200 | 404, entries?: Record<string, { value: unknown }>): Response {
  c.header('Content-Security-Policy', page.csp);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('Vary', 'Accept');
  if (status !== 200) {
    c.header('Cache-Control', 'public, max-age=60');
    return c.html(page.html, status);
  }
  // What the page shows: the inlined answers' values (their ETags carry the database's version, which any write anywhere bumps).
  const shown = Object.entries(entries ?? {}).map(([key, entry]) => [key, entry.value]);
  const tag = `W/"${createHash('sha256').update(JSON.stringify([c.req.url, shown])).digest('base64url').slice(0, 27)}"`;
  c.header('ETag', tag);
  c.header('Cache-Control', 'public, max-age=0, s-maxage=60');
  if ((c.req.header('If-None-Match') ?? '').split(',').some((t) => t.trim() === tag)) return c.body(null, 304);
  return c.html(page.html, status);
}
