import { defineTerms } from '../../i18n/localize.js';
import type { InterventionType } from '../../api/types.js';

/** The case vocabulary, shared by the card, the list's facets and the detail. */
export const caseTerms = defineTerms({
  da: {
    interventionType: 'Type indsats',
    interventionTypes: { projekt: 'Projekt', permanent: 'Permanent indsats' } satisfies Record<InterventionType, string>,
    economy: 'Økonomi pr. år',
    municipality: 'Kommune/organisation',
    targetGroup: 'Målgruppe',
    themes: 'Temaer',
    evaluated: 'Evalueret',
    notEvaluated: 'Ikke evalueret',
    views: (count: string, n: number) => (n === 1 ? `Set ${count} gang` : `Set ${count} gange`),
    loadFailed: 'Casen kunne ikke hentes.',
    noCase: 'Ingen case at vise.',
  },
  en: {
    interventionType: 'Type of intervention',
    interventionTypes: { projekt: 'Project', permanent: 'Permanent service' } satisfies Record<InterventionType, string>,
    economy: 'Budget per year',
    municipality: 'Municipality/organisation',
    targetGroup: 'Target group',
    themes: 'Themes',
    evaluated: 'Evaluated',
    notEvaluated: 'Not evaluated',
    views: (count: string, n: number) => (n === 1 ? `${count} view` : `${count} views`),
    loadFailed: 'The case could not be loaded.',
    noCase: 'No case to show.',
  },
});
