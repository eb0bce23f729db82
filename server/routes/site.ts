import type { Context } from 'hono';
import type { Deps } from '../http/router.js';
import type { PageLang } from '../render/document.js';

/** What the server's own pages, oEmbed and the sitemap need to know about where they are served. */
export interface Site {
  /** e.g. https://cases.example.dk (PUBLIC_URL, else the address the request came to). */
  origin: string;
  apiBase: string;
  /** The Casekit loader to add, or undefined when the server has none to offer. */
  scriptUrl?: string;
  caseUrl: (id: string, lang?: PageLang) => string;
  listUrl: (query?: URLSearchParams, lang?: PageLang) => string;
  /** Answers an API request in-process. */
  api: (request: Request) => Response | Promise<Response>;
}

export type SiteDeps = Deps & { api: (request: Request) => Response | Promise<Response> };

export const API_PATH = '/api/v1';
export const CASES_PATH = '/cases';

export function siteFor(deps: SiteDeps, c: Context): Site {
  const origin = (deps.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
  const withLang = (url: string, lang?: PageLang) => (lang === 'en' ? `${url}${url.includes('?') ? '&' : '?'}lang=en` : url);
  return {
    origin,
    apiBase: `${origin}${API_PATH}`,
    scriptUrl: deps.config.scriptUrl ?? (deps.config.staticDir ? `${origin}/casekit/casekit.js` : undefined),
    caseUrl: (id, lang) => withLang(`${origin}${CASES_PATH}/${encodeURIComponent(id)}`, lang),
    listUrl: (query, lang) => {
      const text = query?.toString();
      return withLang(`${origin}${CASES_PATH}${text ? `?${text}` : ''}`, lang);
    },
    api: deps.api,
  };
}

/** Where the widgets' case links go on this server's pages. */
export const hrefTemplate = (site: Site, lang: PageLang): string => `${site.caseUrl('{id}', lang)}`.replace('%7Bid%7D', '{id}');

export const oembedUrl = (site: Site, url: string): string =>
  `${site.origin}/oembed?url=${encodeURIComponent(url)}&format=json`;

/** `?lang=en` → English; Danish otherwise (one address per language, for links and `hreflang`). */
export function pageLang(c: Context): PageLang {
  const asked = c.req.query('lang');
  if (asked) return asked.toLowerCase().startsWith('en') ? 'en' : 'da';
  return 'da';
}

/** Only the list's own `ck-…` parameters, in a stable order: the list's canonical query. */
export function listQuery(url: string): URLSearchParams {
  const source = new URL(url).searchParams;
  const query = new URLSearchParams();
  for (const key of [...new Set(source.keys())].filter((k) => k.startsWith('ck-') && k !== 'ck-case').sort()) {
    for (const value of source.getAll(key)) if (value) query.append(key, value);
  }
  return query;
}
