import { SCALE_LABELS } from '../../../contract/index.js';
import { defineTerms } from '../../i18n/localize.js';

const da = {
  scale: [...SCALE_LABELS.da] as string[],
  chooseAnswer: 'Vælg et svar',
  ownerAnswer: 'Casens svar',
  ownerAnswerIs: (answer: string) => `Casens eget svar: ${answer}`,
  noOwnerAnswer: 'Casen har ikke svaret.',
  readersHeading: 'Læsernes vurdering',
  readers: (count: number) => (count === 1 ? '1 læser har svaret' : `${count} læsere har svaret`),
  noReaders: 'Ingen læsere har svaret endnu.',
  votes: (count: number) => (count === 1 ? '1 stemme' : `${count} stemmer`),
  yourVote: 'Din vurdering',
  saving: 'Gemmer din stemme …',
  saved: 'Tak, din stemme er gemt. Du kan ændre den.',
  retrying: (seconds: number) => `Din stemme blev ikke gemt. Prøver igen om ${seconds} sekunder.`,
  failed: 'Din stemme blev ikke gemt.',
  loadError: 'Vurderingen kunne ikke hentes.',
  retry: 'Prøv igen',
};

/** The Danish words' shape; the English words (`rating-scale.terms.en.ts`) have the same keys. */
export type RatingScaleTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const ratingScaleTerms = defineTerms<RatingScaleTerms>(da, () => import('./rating-scale.terms.en.js'));
