import { defineTerms } from '../../i18n/localize.js';
import type { CaseSort, FacetName } from '../../api/types.js';

const da = {
  searchLabel: 'Søg i cases',
  searchButton: 'Søg',
  filters: 'Filtrér',
  showFilters: 'Vis filtre',
  results: 'Resultater',
  facets: {
    municipality: 'Kommune',
    theme: 'Tema',
    targetGroup: 'Målgruppe',
    interventionType: 'Type indsats',
    preventionPackage: 'Forebyggelsespakke',
    evaluated: 'Evaluering',
    economyBracket: 'Økonomi pr. år',
  } satisfies Record<FacetName, string>,
  sortLabel: 'Sortér efter',
  sorts: { relevance: 'Relevans', newest: 'Nyeste', views: 'Mest sete', title: 'Titel (A–Å)' } satisfies Record<CaseSort, string>,
  count: (n: string, total: number) => (total === 1 ? `${n} case` : `${n} cases`),
  searching: 'Søger …',
  activeFilters: 'Valgte filtre',
  removeFilter: (facet: string, value: string) => `Fjern filter: ${facet} ${value}`,
  clearAll: 'Ryd alle',
  showAll: (n: string) => `Vis alle ${n}`,
  showFewer: 'Vis færre',
  findValue: (facet: string) => `Find ${facet.toLocaleLowerCase('da')}`,
  noValueFound: 'Ingen passer til det, du har skrevet.',
  empty: 'Ingen cases matcher din søgning.',
  emptyHint: 'Prøv andre ord, eller fjern nogle af filtrene.',
  clearFilters: 'Ryd søgning og filtre',
  pages: 'Sider',
  previous: 'Forrige',
  next: 'Næste',
  pageOf: (page: string, pages: string) => `Side ${page} af ${pages}`,
  loadFailed: 'Listen over cases kunne ikke hentes.',
};

/** The Danish words' shape; the English words (`case-list.terms.en.ts`) have the same keys. */
export type CaseListTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const caseListTerms = defineTerms<CaseListTerms>(da, () => import('./case-list.terms.en.js'));
