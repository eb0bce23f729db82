import { FACETS, SORTS } from '../../../contract/index.js';
import type { CaseSort, CaseSorts, FacetName, FacetNames } from '../../api/types.js';

/** The facets in the order the filter panel shows them, and the orders a list offers. */
export const FACET_NAMES: FacetNames = FACETS;
export const SORT_NAMES: CaseSorts = SORTS;

/** What a reader has chosen: the search, the filters, the order and the page. */
export interface ListState {
  q: string;
  filters: Partial<Record<FacetName, string[]>>;
  sort?: CaseSort;
  page: number;
}

/** `targetGroup` → `target-group`: the attribute and URL spelling of a facet. */
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Filters written in the list API's own query syntax, as the `filters` attribute takes them:
 * `municipality=Holstebro&municipality=Struer&theme=Ensomhed` — a repeated name matches any of
 * its values, as in `GET /cases`. Names as the API spells them (`targetGroup`) or as the
 * attributes do (`target-group`); unknown names are left out (`unknownFilterNames` names them).
 */
export function readFilters(text: string | undefined): ListState['filters'] {
  const filters: ListState['filters'] = {};
  for (const [key, raw] of new URLSearchParams(text?.trim() ?? '')) {
    const name = filterNamed(key);
    const value = raw.trim();
    if (!name || !value) continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return filters;
}

/** The names in a `filters` value that are no filter of the list (for the editor's console message). */
export function unknownFilterNames(text: string): string[] {
  return [...new URLSearchParams(text).keys()].filter((key) => !filterNamed(key));
}

/** The filter a `filters` name means, spelled as the API (`targetGroup`) or the attribute (`target-group`) does. */
const filterNamed = (key: string): FacetName | undefined => FACET_NAMES.find((facet) => facet === key || kebab(facet) === key);

/**
 * The list's own URL parameters, all prefixed `ck-` so they never clash with the
 * CMS's: `ck-q`, `ck-municipality` (repeatable), `ck-theme`, `ck-target-group`,
 * `ck-intervention-type`, `ck-prevention-package`, `ck-evaluated`,
 * `ck-economy-bracket`, `ck-sort`, `ck-page`.
 */
export function readUrlState(search: string): ListState {
  const params = new URLSearchParams(search);
  const filters: ListState['filters'] = {};
  for (const name of FACET_NAMES) {
    const values = params.getAll(`ck-${kebab(name)}`).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  const sort = params.get('ck-sort') as CaseSort | null;
  const page = Number(params.get('ck-page'));
  return {
    q: params.get('ck-q') ?? '',
    filters,
    sort: sort && SORT_NAMES.includes(sort) ? sort : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * The state a list starts from: the page address's own `ck-…` state when it has
 * any, else the editor's preset (`q`, `page` attributes). An embed pasted into a
 * CMS page (oEmbed) carries its search and page this way, since the CMS page's
 * address names none.
 */
export function startState(search: string, preset: { q?: string; page?: number }): ListState {
  const fromUrl = readUrlState(search);
  const params = new URLSearchParams(search);
  if ([...params.keys()].some((key) => key.startsWith('ck-') && key !== 'ck-case')) return fromUrl;
  const page = Math.floor(Number(preset.page));
  return { ...fromUrl, q: preset.q?.trim() ?? '', page: Number.isFinite(page) && page > 1 ? page : 1 };
}

/** The page URL with the list's state in it, every other parameter and the hash kept as they were. */
export function writeUrlState(href: string, state: ListState): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('ck-') && key !== 'ck-case') url.searchParams.delete(key);
  if (state.q) url.searchParams.set('ck-q', state.q);
  for (const name of FACET_NAMES) {
    for (const value of state.filters[name] ?? []) url.searchParams.append(`ck-${kebab(name)}`, value);
  }
  if (state.sort) url.searchParams.set('ck-sort', state.sort);
  if (state.page > 1) url.searchParams.set('ck-page', String(state.page));
  return url.href;
}
