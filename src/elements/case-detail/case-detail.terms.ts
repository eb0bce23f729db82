import { defineTerms } from '../../i18n/localize.js';
import type { QuestionKey } from '../../api/types.js';
import { sectionNames } from './section-names.js';

/** The elements a case loads the code of when the reader nears them. */
export type LazyTag = 'ck-comment-thread' | 'ck-rating-scale' | 'ck-case-card';

const da = {
  sections: sectionNames.da,
  primaryTarget: 'Primær målgruppe',
  secondaryTarget: 'Sekundær målgruppe',
  arena: 'Arena',
  interventionSentence: { projekt: 'Indsatsen er et projekt', permanent: 'Indsatsen er en permanent indsats' },
  preventionPackages: 'Type indsats med udgangspunkt i forebyggelsespakkerne',
  expectedResults: 'Forventninger til resultater/effekter',
  actualResults: 'Faktiske resultater',
  learnings: 'Særlig læring/særlig succes',
  abstractType: 'Type',
  fileType: (type: string) => `${type}-fil`,
  evaluatedYes: 'Ja, evalueret',
  evaluatedNo: 'Nej, ikke evalueret',
  questions: {
    formaal: 'Er formålet opfyldt?',
    implementering: 'Er indsatsen blevet implementeret som planlagt?',
  } satisfies Record<QuestionKey, string>,
  additionalComments: 'Yderligere kommentarer',
  print: 'Udskriv case',
  visits: (n: string, count: number) => `Denne case er besøgt ${n} ${count === 1 ? 'gang' : 'gange'}`,
  updated: (date: string) => `Senest opdateret ${date}`,
  loadFailed: 'Casen kunne ikke hentes.',
  /** What could not be shown when its code (loaded as the reader nears it) could not be fetched. */
  codeMissing: {
    'ck-comment-thread': 'Kommentarerne kunne ikke hentes.',
    'ck-rating-scale': 'Vurderingerne kunne ikke hentes.',
    'ck-case-card': 'De relaterede cases kunne ikke hentes.',
  } satisfies Record<LazyTag, string>,
  backToList: 'Tilbage til listen',
  notFoundTitle: 'Case ikke fundet',
};

/** The Danish words' shape; the English words (`case-detail.terms.en.ts`) have the same keys. */
export type CaseDetailTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const caseDetailTerms = defineTerms<CaseDetailTerms>(da, () => import('./case-detail.terms.en.js'));
