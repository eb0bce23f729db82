import { css, html, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { RESERVED } from '../internal/reserve.js';
import type { Lang } from '../i18n/localize.js';

/**
 * "Henter …" in the two languages, here rather than in a dictionary: the loading state is in the
 * core chunk, which a contact box from attributes loads too, while the error words (load-error.ts)
 * come with the read path.
 */
export const LOADING: Record<Lang, string> = { da: 'Henter …', en: 'Loading …' };

/** A loading placeholder of `lines` grey bars; the host gives it its final size. */
export function renderLoading(lang: Lang, lines = 3) {
  return html`<div class="ck-loading" part="loading" role="status">
    <span class="visually-hidden">${LOADING[lang]}</span>
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
