import { defineTerms } from '../../i18n/localize.js';
import type { InterventionType, QuestionKey } from '../../api/types.js';

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
    /** The same verb as the case page's "Denne case er besøgt 3 gange". */
    views: (count: string, n: number) => (n === 0 ? 'Ikke besøgt endnu' : n === 1 ? 'Besøgt 1 gang' : `Besøgt ${count} gange`),
    comments: (count: string, n: number) => (n === 1 ? '1 kommentar' : `${count} kommentarer`),
    readerRatings: 'Læserne:',
    ratingQuestions: { formaal: 'Formål opfyldt', implementering: 'Implementeret som planlagt' } satisfies Record<QuestionKey, string>,
    /** "svar" is both singular and plural in Danish. */
    ratingValue: (average: string, count: string, _n: number) => `${average} af 4 (${count} svar)`,
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
    views: (count: string, n: number) => (n === 0 ? 'Not visited yet' : n === 1 ? 'Visited once' : `Visited ${count} times`),
    comments: (count: string, n: number) => (n === 1 ? '1 comment' : `${count} comments`),
    readerRatings: 'Readers:',
    ratingQuestions: { formaal: 'Purpose achieved', implementering: 'Implemented as planned' } satisfies Record<QuestionKey, string>,
    ratingValue: (average: string, count: string, n: number) => `${average} of 4 (${n === 1 ? '1 answer' : `${count} answers`})`,
    loadFailed: 'The case could not be loaded.',
    noCase: 'No case to show.',
  },
});
