import type { CaseSort, FacetName } from '../../api/types.js';
import type { CaseListTerms } from './case-list.terms.js';

/** English words for `case-list.terms.ts`, loaded only for an element whose language is English. */
export default {
  searchLabel: 'Search cases',
  searchButton: 'Search',
  filters: 'Filter',
  showFilters: 'Show filters',
  results: 'Results',
  facets: {
    municipality: 'Municipality',
    theme: 'Theme',
    targetGroup: 'Target group',
    interventionType: 'Type of intervention',
    preventionPackage: 'Prevention package',
    evaluated: 'Evaluation',
    economyBracket: 'Budget per year',
  } satisfies Record<FacetName, string>,
  sortLabel: 'Sort by',
  sorts: { relevance: 'Relevance', newest: 'Newest', views: 'Most viewed', title: 'Title (A–Z)' } satisfies Record<CaseSort, string>,
  count: (n: string, total: number) => (total === 1 ? `${n} case` : `${n} cases`),
  searching: 'Searching …',
  activeFilters: 'Active filters',
  removeFilter: (facet: string, value: string) => `Remove filter: ${facet} ${value}`,
  clearAll: 'Clear all',
  showAll: (n: string) => `Show all ${n}`,
  showFewer: 'Show fewer',
  findValue: (facet: string) => `Find ${facet.toLocaleLowerCase('en')}`,
  noValueFound: 'Nothing matches what you typed.',
  empty: 'No cases match your search.',
  emptyHint: 'Try other words, or remove some of the filters.',
  clearFilters: 'Clear search and filters',
  pages: 'Pages',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  loadFailed: 'The list of cases could not be loaded.',
} satisfies CaseListTerms;
