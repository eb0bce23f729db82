import { css, html, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { RESERVED } from '../internal/reserve.js';
import { defineTerms, type Lang } from '../i18n/localize.js';
import type { ApiError } from './error.js';

/** The words every widget uses for its loading and error states. */
const da = {
  loading: 'Henter …',
  retry: 'Prøv igen',
  network: 'Der er ingen forbindelse til case-serveren lige nu. Tjek din internetforbindelse, og prøv igen.',
  timeout: 'Case-serveren svarer ikke lige nu. Prøv igen om lidt.',
  caseNotFound: 'Casen findes ikke. Måske er linket forkert, eller casen er fjernet.',
  notFound: 'Det, du leder efter, findes ikke (længere).',
  notApi: 'Siden henter cases fra en forkert adresse. Det er ikke din fejl – sidens redaktør kan rette det.',
  tooMany: 'Der er sendt for mange forespørgsler på kort tid. Vent lidt, og prøv igen.',
  server: (status: number) => `Case-serveren svarede med en fejl (${status}). Prøv igen om lidt.`,
  unreadable: 'Case-serveren sendte et svar, der ikke kunne læses. Prøv igen om lidt.',
};

/** The Danish words' shape; the English words (`load-state.en.ts`) have the same keys. */
export type LoadStateTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const loadStateTerms = defineTerms<LoadStateTerms>(da, () => import('./load-state.en.js'));

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
  return html`<div class="ck-error" part="error" role="alert">
    <p><strong>${what}</strong> ${errorReason(error, lang)}</p>
    <button type="button" part="retry" class="ck-retry" @click=${retry}>${loadStateTerms[lang].retry}</button>
  </div>`;
}

/** A loading placeholder of `lines` grey bars; the host gives it its final size. */
export function renderLoading(lang: Lang, lines = 3) {
  return html`<div class="ck-loading" part="loading" role="status">
    <span class="visually-hidden">${loadStateTerms[lang].loading}</span>
    ${Array.from({ length: lines }, () => html`<span class="ck-bar" aria-hidden="true"></span>`)}
  </div>`;
}

/**
 * The `ck-reserve` class for a widget's outermost node while it loads: the
 * height the loader held for it before its code arrived (see reserve.ts).
 */
export const reserveStyles = (tag: keyof typeof RESERVED & string) => css`
  .ck-reserve {
    /* A flow root: a first or last child's margin stays inside, so the node is exactly the held height. */
    display: flow-root;
    min-height: ${unsafeCSS(RESERVED[tag])};
  }
`;

/**
 * The class of a widget's outermost node: `ck-reserve` while it loads — and after
 * that too where the loader held that space before its code came (a widget on the
 * page itself, not inside another Casekit element, whose own layout places it; not
 * one the server rendered, which shows its content at its own height from the start):
 * the loaded widget then never stands shorter than the space it held, so the text
 * under it does not move up when the data arrives (the card keeps its height the same
 * way). It grows when its content is taller. A failed load drops it: the error is
 * short, and says so.
 *
 * The held space is given back once the loaded widget is out of view: below the
 * screen nothing the reader sees moves, and above it the browser's scroll anchoring
 * keeps what they see in place — so a short thread does not leave a gap for good.
 */
export class Reservation implements ReactiveController {
  private held?: boolean;
  private outOfView?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & Element & { fromServer?: boolean }) {
    host.addController(this);
  }

  classFor(state: 'pending' | 'ready' | 'error' | 'idle'): string {
    if (state === 'pending' || (this.held === undefined && state === 'ready')) this.held = !isNested(this.host) && !this.host.fromServer;
    else if (state !== 'ready') this.held = false;
    if (this.held && state === 'ready') this.releaseWhenOutOfView();
    return this.held ? 'root ck-reserve' : 'root';
  }

  hostDisconnected(): void {
    this.outOfView?.disconnect();
    this.outOfView = undefined;
  }

  private releaseWhenOutOfView(): void {
    if (this.outOfView || typeof IntersectionObserver === 'undefined') return;
    this.outOfView = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) return;
      this.hostDisconnected();
      this.held = false;
      this.host.requestUpdate();
    });
    this.outOfView.observe(this.host);
  }
}

/** Inside another Casekit element's shadow root (a case's contact box, its scales, its sections' threads). */
const isNested = (element: Element): boolean => {
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.host.localName.startsWith('ck-');
};

export const loadStateStyles = css`
  .ck-loading {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .ck-bar {
    display: block;
    height: 1em;
    border-radius: var(--ck-radius, 4px);
    background: var(--ck-color-surface-alt, #eceef0);
    animation: ck-pulse 1.2s ease-in-out infinite alternate;
  }

  .ck-bar:first-of-type {
    height: 1.5em;
    width: 70%;
  }

  .ck-bar:last-child {
    width: 45%;
  }

  @keyframes ck-pulse {
    to {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .ck-bar {
      animation: none;
    }
  }

  .ck-error {
    padding: var(--ck-space, 1rem);
    border: 1px solid var(--ck-color-danger, #b3261e);
    border-radius: var(--ck-radius, 4px);
  }

  .ck-error p {
    margin: 0 0 0.75em;
  }

  .ck-retry,
  .ck-button {
    padding: 0.4em 1em;
    border: 1px solid var(--ck-color-accent, #0b5394);
    border-radius: var(--ck-radius, 4px);
    background: var(--ck-color-accent, #0b5394);
    color: var(--ck-color-accent-contrast, #fff);
  }

  @media (forced-colors: active) {
    .ck-bar {
      background: GrayText;
    }
  }
`;
