import type { Case, CaseSearchResult } from '../../contract/index.js';
import { SITE_NAME, type PageLang } from './document.js';
import { plainExcerpt } from './html.js';

/** "Holstebro Kommune" for a municipality's name; organisations as they are. */
export const municipalityName = (name: string): string => (/kommune$/i.test(name) ? name : `${name} Kommune`);

/**
 * The municipality's own page about the case, when the case names one: the
 * canonical address, so a search engine credits the municipality rather than
 * this copy. The API takes only https addresses; this checks again, as the
 * address goes into every page's head.
 */
export function ownPageOf(found: Case): string | undefined {
  if (!found.canonicalUrl) return undefined;
  try {
    const url = new URL(found.canonicalUrl);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** What a search result or a link preview says about the case. */
export function caseDescription(found: Case): string {
  return plainExcerpt(found.excerpt || found.purpose || found.subtitle || found.description || found.title);
}

export function caseTitle(found: Case, lang: PageLang): string {
  const origin = found.municipalities.map(municipalityName).join(', ') || found.organisation;
  return `${found.title}${origin ? ` – ${origin}` : ''} | ${SITE_NAME[lang]}`;
}

/** schema.org: the case as an Article by the municipalities (public bodies) that wrote it. */
export function caseJsonLd(found: Case, pageUrl: string, canonical: string): Record<string, unknown> {
  const authors = found.municipalities.length
    ? found.municipalities.map((m) => ({ '@type': 'GovernmentOrganization', name: municipalityName(m) }))
    : found.organisation
      ? [{ '@type': 'Organization', name: found.organisation }]
      : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: found.title,
    ...(found.subtitle ? { alternativeHeadline: found.subtitle } : {}),
    description: caseDescription(found),
    inLanguage: 'da',
    url: pageUrl,
    mainEntityOfPage: canonical,
    datePublished: found.createdAt,
    dateModified: found.updatedAt,
    ...(authors.length ? { author: authors } : {}),
    ...(found.themes.length || found.keywords.length ? { keywords: [...found.themes, ...found.keywords].join(', ') } : {}),
    ...(found.targetGroups.length ? { audience: found.targetGroups.map((g) => ({ '@type': 'Audience', audienceType: g })) } : {}),
  };
}

/** schema.org: a list page as a collection whose main entity is the list of cases it shows. */
export function listJsonLd(result: CaseSearchResult, pageUrl: string, caseUrl: (id: string) => string, name: string): Record<string, unknown> {
  const first = (result.page - 1) * result.pageSize;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    url: pageUrl,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: result.total,
      itemListElement: result.items.map((item, i) => ({
        '@type': 'ListItem',
        position: first + i + 1,
        url: caseUrl(item.id),
        name: item.title,
      })),
    },
  };
}
