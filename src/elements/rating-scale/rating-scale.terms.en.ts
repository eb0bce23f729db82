import { SCALE_LABELS } from '../../../contract/index.js';
import type { RatingScaleTerms } from './rating-scale.terms.js';

/** English words for `rating-scale.terms.ts`, loaded only for an element whose language is English. */
export default {
  scale: [...SCALE_LABELS.en],
  chooseAnswer: 'Choose an answer',
  ownerAnswer: 'The case’s answer',
  ownerAnswerIs: (answer: string) => `The case’s own answer: ${answer}`,
  noOwnerAnswer: 'The case has not answered.',
  readersHeading: 'Readers’ assessment',
  readers: (count: number) => (count === 1 ? '1 reader has answered' : `${count} readers have answered`),
  noReaders: 'No readers have answered yet.',
  votes: (count: number) => (count === 1 ? '1 vote' : `${count} votes`),
  yourVote: 'Your assessment',
  saving: 'Saving your vote …',
  saved: 'Thank you, your vote is saved. You can change it.',
  retrying: (seconds: number) => `Your vote was not saved. Trying again in ${seconds} seconds.`,
  failed: 'Your vote was not saved.',
  loadError: 'The assessment could not be loaded.',
  retry: 'Try again',
} satisfies RatingScaleTerms;
