import type { InterventionType, QuestionKey } from '../../api/types.js';
import type { CaseTerms } from './case-card.terms.js';

/** English words for `case-card.terms.ts`, loaded only for an element whose language is English. */
export default {
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
} satisfies CaseTerms;
