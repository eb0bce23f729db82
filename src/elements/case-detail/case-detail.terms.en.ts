import type { QuestionKey } from '../../api/types.js';
import sectionNamesEn from './section-names.en.js';
import type { CaseDetailTerms } from './case-detail.terms.js';

/** English words for `case-detail.terms.ts`, loaded only for an element whose language is English. */
export default {
  sections: sectionNamesEn,
  primaryTarget: 'Primary target group',
  secondaryTarget: 'Secondary target group',
  arena: 'Arena',
  interventionSentence: { projekt: 'The intervention is a project', permanent: 'The intervention is a permanent service' },
  preventionPackages: 'Type of intervention based on the prevention packages',
  expectedResults: 'Expected results/effects',
  actualResults: 'Actual results',
  learnings: 'Particular learning/success',
  abstractType: 'Type',
  fileType: (type: string) => `${type} file`,
  evaluatedYes: 'Yes, evaluated',
  evaluatedNo: 'No, not evaluated',
  questions: {
    formaal: 'Has the purpose been achieved?',
    implementering: 'Has the intervention been implemented as planned?',
  } satisfies Record<QuestionKey, string>,
  additionalComments: 'Further comments',
  print: 'Print case',
  visits: (n: string, count: number) => `This case has been visited ${n} ${count === 1 ? 'time' : 'times'}`,
  updated: (date: string) => `Last updated ${date}`,
  loadFailed: 'The case could not be loaded.',
  codeMissing: {
    'ck-comment-thread': 'The comments could not be loaded.',
    'ck-rating-scale': 'The assessments could not be loaded.',
    'ck-case-card': 'The related cases could not be loaded.',
  },
  backToList: 'Back to the list',
  notFoundTitle: 'Case not found',
} satisfies CaseDetailTerms;
