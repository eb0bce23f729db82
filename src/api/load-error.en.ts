import { LOADING } from './load-state.js';
import type { LoadStateTerms } from './load-error.js';

/** English words for `load-error.ts`, loaded only for an element whose language is English. */
export default {
  loading: LOADING.en,
  retry: 'Try again',
  network: 'There is no connection to the case server right now. Check your internet connection and try again.',
  timeout: 'The case server is not answering right now. Try again shortly.',
  caseNotFound: 'The case does not exist. The link may be wrong, or the case has been removed.',
  notFound: 'What you are looking for does not exist (any more).',
  notApi: 'This page fetches cases from a wrong address. It is not your fault – the page’s editor can fix it.',
  tooMany: 'Too many requests in a short time. Wait a moment and try again.',
  server: (status: number) => `The case server answered with an error (${status}). Try again shortly.`,
  unreadable: 'The case server sent an answer that could not be read. Try again shortly.',
  codeMissing: 'Check your internet connection and try again.',
} satisfies LoadStateTerms;
