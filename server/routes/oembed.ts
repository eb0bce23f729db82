import { Hono, type Context } from 'hono';
import { FACETS, SORTS, type Case } from '../../contract/index.js';
import { langOf, type Lang } from '../http/problem.js';
import { SITE_NAME, type PageLang } from '../render/document.js';
import { escapeHtml } from '../render/html.js';
import { municipalityName, ownPageOf } from '../render/metadata.js';
import { renderElement, type ElementRender } from '../render/render.js';
import { CASES_PATH, hrefTemplate, siteFor, type Site, type SiteDeps } from './site.js';

/** What the embed takes at most and by default (a CMS's content column is rarely wider). */
const DEFAULT_WIDTH = 720;
const MIN_WIDTH = 200;
/** A case is long and a list is a page of cards; a height is only a hint to the consumer. */
const HEIGHT = { case: 1600, list: 1200 } as const;
const CACHE_AGE_SECONDS = 3600;

const PROBLEMS = {
  'missing-url': {
    status: 400,
    title: { da: 'Adressen mangler', en: 'The address is missing' },
    detail: {
      da: 'Angiv adressen på en case eller en liste, fx /oembed?url={example}&format=json.',
      en: 'Give the address of a case or a list, e.g. /oembed?url={example}&format=json.',
    },
  },
  'bad-dimension': {
    status: 400,
    title: { da: 'Ugyldig størrelse', en: 'Invalid size' },
    detail: {
      da: 'maxwidth og maxheight skal være hele tal fra {min} og op.',
      en: 'maxwidth and maxheight must be whole numbers from {min} up.',
    },
  },
  'format-not-supported': {
    status: 501,
    title: { da: 'Formatet understøttes ikke', en: 'Format not supported' },
    detail: { da: 'Kun format=json understøttes.', en: 'Only format=json is supported.' },
  },
  'not-embeddable': {
    status: 404,
    title: { da: 'Adressen kan ikke indlejres', en: 'This address cannot be embedded' },
    detail: {
      da: 'Kun adresser på denne server kan indlejres: en case ({origin}/cases/…) eller en liste ({origin}/cases?…).',
      en: 'Only addresses on this server can be embedded: a case ({origin}/cases/…) or a list ({origin}/cases?…).',
    },
  },
  'case-not-found': {
    status: 404,
    title: { da: 'Casen findes ikke', en: 'Case not found' },
    detail: { da: 'Der er ingen offentliggjort case med id "{id}".', en: 'There is no published case with the id "{id}".' },
  },
} as const;

function oembedProblem(c: Context, code: keyof typeof PROBLEMS, vars: Record<string, string | number> = {}): Response {
  const lang: Lang = langOf(c);
  const p = PROBLEMS[code];
  const detail = p.detail[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const body = { type: `https://casekit.dk/problems/oembed-${code}`, title: p.title[lang], status: p.status, detail, instance: c.req.path };
  return c.body(JSON.stringify(body), p.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Language': lang,
  });
}

/** What an embeddable address points at. */
type Embeddable = { kind: 'case'; id: string; lang: PageLang } | { kind: 'list'; query: URLSearchParams; lang: PageLang };

/** A case page (`/cases/{id}`) or a list page (`/cases?ck-…`) of this server; anything else is not ours to embed. */
export function embeddableOf(raw: string, site: Site): Embeddable | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.origin !== site.origin) return undefined;
  const lang: PageLang = url.searchParams.get('lang')?.toLowerCase().startsWith('en') ? 'en' : 'da';
  const path = url.pathname.replace(/\/+$/, '');
  if (path === CASES_PATH) return { kind: 'list', query: url.searchParams, lang };
  const match = path.match(/^\/cases\/([^/]+)$/);
  if (!match) return undefined;
  try {
    return { kind: 'case', id: decodeURIComponent(match[1]!), lang };
  } catch {
    return undefined;
  }
}

/**
 * The list's state from a list address, as the element's attributes: filters as
 * locks (`ck-municipality=Holstebro` → `municipality="Holstebro"`; a filter with
 * several values, `ck-municipality=Holstebro&ck-municipality=Struer`, goes whole into
 * `filters` in the list API's syntax, `municipality=Holstebro&municipality=Struer`),
 * the search and page as presets (`ck-q` → `q`, `ck-page` → `page`). In an embed
 * the page's own address belongs to the CMS, so the state travels with the element.
 */
function listAttributes(query: URLSearchParams): Record<string, string | undefined> {
  const attributes: Record<string, string | undefined> = {};
  const several = new URLSearchParams();
  for (const facet of FACETS) {
    const name = facet.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const values = [...new Set(query.getAll(`ck-${name}`).map((v) => v.trim()).filter(Boolean))];
    if (values.length === 1) attributes[name] = values[0];
    for (const value of values.length > 1 ? values : []) several.append(facet, value);
  }
  attributes.filters = several.size ? several.toString() : undefined;
  const sort = query.get('ck-sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) attributes.sort = sort;
  // The search and the page are the reader's, not locks: the element starts from them and the reader can change them.
  attributes.q = query.get('ck-q')?.trim() || undefined;
  const page = Number(query.get('ck-page'));
  if (Number.isInteger(page) && page > 1) attributes.page = String(page);
  return attributes;
}

/**
 * oEmbed 1.0 (https://oembed.com), the `rich` type, for this server's case and
 * list addresses: a CMS that takes a link (WordPress, Drupal's media oEmbed,
 * Umbraco, SharePoint) gets the server-rendered widget — readable at once, and
 * without script — plus the Casekit loader that makes it interactive.
 */
export function oembedRoutes(deps: SiteDeps): Hono {
  const routes = new Hono();
  routes.get('/oembed', async (c) => {
    const site = siteFor(deps, c);
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json') return oembedProblem(c, 'format-not-supported');
    const raw = c.req.query('url')?.trim();
    if (!raw) return oembedProblem(c, 'missing-url', { example: encodeURIComponent(site.caseUrl('faellesskabsportraetter-holstebro')) });
    const dimension = (name: string) => {
      const value = c.req.query(name);
      if (value === undefined || value === '') return undefined;
      return /^\d{1,5}$/.test(value) && Number(value) >= MIN_WIDTH ? Number(value) : Number.NaN;
    };
    const maxWidth = dimension('maxwidth');
    const maxHeight = dimension('maxheight');
    if (Number.isNaN(maxWidth) || Number.isNaN(maxHeight)) return oembedProblem(c, 'bad-dimension', { min: MIN_WIDTH });
    const target = embeddableOf(raw, site);
    if (!target) return oembedProblem(c, 'not-embeddable', { origin: site.origin });

    let title = SITE_NAME[target.lang];
    let author: { author_name?: string; author_url?: string } = {};
    let element: ElementRender;
    if (target.kind === 'case') {
      const answer = await site.api(new Request(`${site.apiBase}/cases/${encodeURIComponent(target.id)}`));
      if (answer.status !== 200) return oembedProblem(c, 'case-not-found', { id: target.id });
      const found = (await answer.json()) as Case;
      const origin = found.municipalities.map(municipalityName).join(', ') || found.organisation;
      title = found.title;
      if (origin) author = { author_name: origin, ...(ownPageOf(found) ? { author_url: ownPageOf(found) } : {}) };
      element = {
        tag: 'ck-case-detail',
        attributes: { 'case-id': found.id, 'heading-level': '2' },
        fallback: link(site.caseUrl(found.id, target.lang), `${found.title}${origin ? ` – ${origin}` : ''}`),
      };
    } else {
      element = {
        tag: 'ck-case-list',
        attributes: { ...listAttributes(target.query), 'heading-level': '2' },
        fallback: link(raw, title),
      };
    }
    // The embed names its API and language itself: the CMS page may use another API or language.
    element.attributes = { ...element.attributes, api: site.apiBase, lang: target.lang, 'href-template': hrefTemplate(site, target.lang) };
    const rendered = await renderElement(element, {
      apiBase: site.apiBase,
      fetch: site.api,
      pageUrl: `${site.origin}${CASES_PATH}`,
      lang: target.lang,
    });
    const width = Math.max(MIN_WIDTH, Math.min(maxWidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH));
    const height = Math.min(maxHeight ?? Number.POSITIVE_INFINITY, HEIGHT[target.kind]);
    c.header('Cache-Control', `public, max-age=${CACHE_AGE_SECONDS}`);
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({
      version: '1.0',
      type: 'rich',
      title,
      ...author,
      provider_name: SITE_NAME[target.lang],
      provider_url: `${site.origin}/`,
      cache_age: CACHE_AGE_SECONDS,
      html: `${rendered.html}${loaderTag(site)}`,
      width,
      height,
    });
  });
  return routes;
}

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/** The Casekit loader, as an editor would paste it; none when this server names none. */
const loaderTag = (site: Site) =>
  site.scriptUrl ? `<script type="module" src="${escapeHtml(site.scriptUrl)}" data-api="${escapeHtml(site.apiBase)}"></script>` : '';
