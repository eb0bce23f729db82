import { css, html, nothing } from 'lit';
import type { CaseSection } from '../../api/types.js';
import { resolveLang } from '../../i18n/localize.js';
import { commentThreadTerms } from './comment-thread.terms.js';
import type { CkCommentThread } from './comment-thread.js';

export interface SectionFeedbackOptions {
  caseId: string;
  section: CaseSection;
  api?: string;
  headingLevel: number;
}

/**
 * What a case page shows at the end of a section: the feedback on that
 * section (a `ck-comment-thread` with `section`, invisible while there is
 * none) and "Giv feedback", which opens the form bound to the section and
 * moves focus into it. `host` is the element whose shadow root holds both.
 */
export function renderSectionFeedback(host: HTMLElement & { renderRoot: ParentNode }, o: SectionFeedbackOptions) {
  const terms = commentThreadTerms[resolveLang(host)];
  // The threads' code comes after the case's first paint (the host loads it); a click before it
  // arrives waits for it, and asks for it again if it could not be fetched — saying so below the
  // button, as the console alone would leave the reader pressing a button that does nothing.
  // Through the loader the element is defined a task after its code has come (define.ts), so the
  // click waits for that too. The message is written into the DOM, outside Lit's bindings.
  const open = (event: Event) => {
    const opener = event.currentTarget as HTMLElement;
    const thread = host.renderRoot.querySelector<CkCommentThread>(`ck-comment-thread[section="${o.section}"]`);
    const unavailable = opener.parentElement?.querySelector<HTMLElement>('[part~="feedback-unavailable"]');
    if (!thread) return;
    import('./register.js')
      .then(() => customElements.whenDefined('ck-comment-thread'))
      .then(
        () => {
          if (unavailable) unavailable.textContent = '';
          return thread.openFeedback(o.section, opener);
        },
        (error: unknown) => {
          console.error('Casekit: the comment thread could not be loaded.', error);
          if (unavailable) unavailable.textContent = terms.feedbackUnavailable;
        },
      );
  };
  return html`<div part="feedback" class="feedback">
    <button type="button" part="feedback-button" class="feedback-button" @click=${open}>
      ${terms.giveFeedback}<span class="visually-hidden">${terms.giveFeedbackOn(terms.sections[o.section])}</span>
    </button>
    <p part="feedback-unavailable" class="feedback-unavailable" role="status"></p>
    <ck-comment-thread
      part="section-comments"
      case-id=${o.caseId}
      section=${o.section}
      api=${o.api ?? nothing}
      heading-level=${o.headingLevel}
      no-follow
    ></ck-comment-thread>
  </div>`;
}

export const sectionFeedbackStyles = css`
  .feedback {
    margin-top: 0.75em;
  }

  .feedback-button {
    min-height: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--ck-color-accent, #0b5394);
    border-radius: var(--ck-radius, 4px);
    background: transparent;
    color: var(--ck-color-accent, #0b5394);
  }

  /* Empty (no height, no margin) until it has something to say; kept in the page so a screen reader hears it. */
  .feedback-unavailable {
    margin: 0;
    color: var(--ck-color-danger, #b3261e);
  }

  .feedback-unavailable:not(:empty) {
    margin-top: 0.5em;
  }

  /* Block from here, not only from its own styles: the server sends an empty thread without a shadow root (or styles). */
  .feedback ck-comment-thread {
    display: block;
    margin-top: 0.75em;
  }

  .reader-ratings ck-rating-scale {
    margin: 1em 0;
  }
`;
