import { escapeHtml, styleHashes } from './html.js';
import { scriptJson } from './render.js';

export type PageLang = 'da' | 'en';

export interface PageMeta {
  lang: PageLang;
  title: string;
  description: string;
  /** The address search engines should index: the municipality's own page where the case names one, else this page. */
  canonical: string;
  /** This page's own address (og:url when the canonical is elsewhere stays the canonical). */
  url: string;
  /** The same page in each language. */
  alternates: { lang: PageLang; href: string }[];
  /** The oEmbed discovery address for this page. */
  oembed?: string;
  ogType: 'article' | 'website';
  /** schema.org JSON-LD. */
  jsonLd?: unknown;
  /** `noindex` for pages that are not worth a search result (errors, empty lists). */
  noindex?: boolean;
}

export interface PageScript {
  /** The Casekit loader the page adds (`casekit.js`); none when the server has no bundles to offer. */
  src?: string;
  /** The API base written as `data-api` on the script tag. */
  apiBase: string;
}

export const SITE_NAME: Record<PageLang, string> = {
  da: 'Praksiscases fra kommunerne',
  en: 'Practice cases from Danish municipalities',
};

const SKIP: Record<PageLang, string> = { da: 'Gå til indholdet', en: 'Skip to content' };
const ALL_CASES: Record<PageLang, string> = { da: 'Alle cases', en: 'All cases' };

/**
 * Plain page styles: readable measure, the host font, nothing that loads. They
 * are inline and allowed by their hash, like the elements' own styles.
 */
const PAGE_CSS =
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}' +
  '.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}' +
  'header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}' +
  'header{border-bottom:1px solid #d0d4d9}header a{color:inherit;font-weight:600}footer{color:#555;font-size:.9em}' +
  'a{color:#0b5394}main:focus{outline:none}' +
  '.case-title{margin:0 0 .4rem;font-size:1.75em;line-height:1.2;overflow-wrap:anywhere}ck-case-detail::part(title){display:none}';

export interface RenderedPage {
  html: string;
  /** The Content-Security-Policy this page is served with. */
  csp: string;
}

/** A whole HTML document: head with every piece of metadata, a plain header, the main content, the loader. */
export function pageDocument(meta: PageMeta, main: string, script: PageScript): RenderedPage {
  const { lang } = meta;
  const og = (property: string, content: string) =>
    `<meta property="${property}" content="${escapeHtml(content)}">`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    meta.noindex ? '<meta name="robots" content="noindex">' : '',
    `<link rel="canonical" href="${escapeHtml(meta.canonical)}">`,
    ...meta.alternates.map((a) => `<link rel="alternate" hreflang="${a.lang}" href="${escapeHtml(a.href)}">`),
    meta.oembed
      ? `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(meta.oembed)}" title="${escapeHtml(meta.title)}">`
      : '',
    og('og:type', meta.ogType),
    og('og:title', meta.title),
    og('og:description', meta.description),
    og('og:url', meta.canonical),
    og('og:site_name', SITE_NAME[lang]),
    og('og:locale', lang === 'en' ? 'en_GB' : 'da_DK'),
    '<meta name="twitter:card" content="summary">',
    meta.jsonLd ? `<script type="application/ld+json">${scriptJson(meta.jsonLd)}</script>` : '',
    `<style>${PAGE_CSS}</style>`,
    script.src
      ? `<script type="module" src="${escapeHtml(script.src)}" data-api="${escapeHtml(script.apiBase)}"></script>`
      : '',
  ].filter(Boolean);
  const listHref = lang === 'en' ? '/cases?lang=en' : '/cases';
  const html = `<!doctype html>
<html lang="${lang}">
<head>
${head.join('\n')}
</head>
<body>
<a class="skip" href="#main">${SKIP[lang]}</a>
<header><a href="${listHref}">${escapeHtml(SITE_NAME[lang])}</a></header>
<main id="main" tabindex="-1">
${main}
</main>
<footer><a href="${listHref}">${ALL_CASES[lang]}</a></footer>
</body>
</html>
`;
  return { html, csp: pageCsp(styleHashes(html), script.src) };
}

/**
 * The demo's strict policy (no inline script, no eval, Trusted Types), with the
 * hashes of this page's own style blocks instead of 'unsafe-inline', and the
 * loader's origin when it comes from a CDN.
 */
export function pageCsp(hashes: string[], scriptSrc?: string): string {
  const scriptOrigin = scriptSrc && /^https?:\/\//.test(scriptSrc) ? ` ${new URL(scriptSrc).origin}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${scriptOrigin}`,
    `style-src 'self' ${hashes.join(' ')}`.trimEnd(),
    "img-src 'self' data:",
    `connect-src 'self'`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}
