import { defineTerms } from '../../i18n/localize.js';
import type { InterventionType, QuestionKey } from '../../api/types.js';

/** The case vocabulary, shared by the card, the list's facets and the detail. */
const da = {
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
};

/** The Danish words' shape; the English words (`case-card.terms.en.ts`) have the same keys. */
export type CaseTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const caseTerms = defineTerms<CaseTerms>(da, () => import('./case-card.terms.en.js'));
