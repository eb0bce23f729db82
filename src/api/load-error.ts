import { html } from 'lit';
import { defineTerms, type Lang } from '../i18n/localize.js';
import type { ApiError } from './error.js';
import { LOADING } from './load-state.js';

/** The words every widget uses for its loading and error states. */
const da = {
  loading: LOADING.da,
  retry: 'Prøv igen',
  network: 'Der er ingen forbindelse til case-serveren lige nu. Tjek din internetforbindelse, og prøv igen.',
  timeout: 'Case-serveren svarer ikke lige nu. Prøv igen om lidt.',
  caseNotFound: 'Casen findes ikke. Måske er linket forkert, eller casen er fjernet.',
  notFound: 'Det, du leder efter, findes ikke (længere).',
  notApi: 'Siden henter cases fra en forkert adresse. Det er ikke din fejl – sidens redaktør kan rette det.',
  tooMany: 'Der er sendt for mange forespørgsler på kort tid. Vent lidt, og prøv igen.',
  server: (status: number) => `Case-serveren svarede med en fejl (${status}). Prøv igen om lidt.`,
  unreadable: 'Case-serveren sendte et svar, der ikke kunne læses. Prøv igen om lidt.',
  /** Why a part whose code comes later is missing: its file could not be fetched. */
  codeMissing: 'Tjek din internetforbindelse, og prøv igen.',
};

/** The Danish words' shape; the English words (`load-error.en.ts`) have the same keys. */
export type LoadStateTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const loadStateTerms = defineTerms<LoadStateTerms>(da, () => import('./load-error.en.js'));

/** Why a load failed, in plain words for a reader. */
export function errorReason(error: ApiError, lang: Lang): string {
  const terms = loadStateTerms[lang];
  if (error.kind === 'network') return terms.network;
  if (error.kind === 'timeout') return terms.timeout;
  if (error.kind === 'parse') return terms.unreadable;
  if (error.kind === 'not-api') return terms.notApi;
  if (error.problemCode === 'case-not-found') return terms.caseNotFound;
  if (error.status === 404) return terms.notFound;
  if (error.status === 429) return terms.tooMany;
  return terms.server(error.status);
}

/**
 * The error state: what failed (`what`, e.g. "Casen kunne ikke hentes."), why, and
 * a "Prøv igen" button. Style it with `loadStateStyles`; parts `error` and `retry`.
 */
export function renderLoadError(error: ApiError, lang: Lang, what: string, retry: () => void) {
  return renderFailure(what, errorReason(error, lang), lang, retry);
}

/**
 * The same for a part whose code (loaded later, as the reader nears it) could not be fetched:
 * `part` names the box, e.g. `code-missing`.
 */
export function renderCodeMissing(what: string, lang: Lang, retry: (event: Event) => void, part: string) {
  return renderFailure(what, loadStateTerms[lang].codeMissing, lang, retry, part);
}

function renderFailure(what: string, why: string, lang: Lang, retry: (event: Event) => void, part = 'error') {
  return html`<div class="ck-error" part=${part} role="alert">
    <p><strong>${what}</strong> ${why}</p>
    <button type="button" part="retry" class="ck-retry" @click=${retry}>${loadStateTerms[lang].retry}</button>
  </div>`;
}
