import { css, unsafeCSS } from 'lit';
import { COMPACT_CARD_HEIGHT, RESERVED } from '../../internal/reserve.js';

/**
 * A section off screen (`content-visibility: auto`) is neither laid out nor painted until it
 * comes near the viewport: a long case's first frame — its LCP, server-rendered or not — then
 * costs only what is on screen. Its text stays in find-in-page, the accessibility tree and the tab
 * order, and `#section` links and scrollIntoView() render it first. `auto` keeps a section's
 * real height once it has been seen; until then 20em stands in (only the scrollbar sees it). The
 * paint containment that comes with it clipped the focus rings of buttons and links at a
 * section's edges: `overflow-clip-margin` gives them room. Paper gets every section. Not the
 * first two sections: they are on the first screen of a wide window, and a section that
 * content-visibility skips when it appears after the page's first paint (a client render, or a
 * parser that painted the page's header before the case) is drawn a frame later — with the
 * case's largest paragraph in it, that frame was the LCP (150–200 ms later on a busy machine).
 */
export const caseDetailStyles = css`
  .case {
    max-width: var(--ck-case-detail-max-width, 48rem);
    line-height: 1.55;
  }

  /* The space the loader held (reserve.ts), until the last part of the case is there. */
  .parts-pending {
    min-height: 100vh;
  }

  .back {
    align-self: flex-start;
    min-height: 44px;
    padding: 0.2em 0;
    border: 0;
    background: none;
    color: var(--ck-color-accent, #0b5394);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .back::before {
    content: '← ';
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-bottom: var(--ck-case-detail-section-gap, 2rem);
  }

  [part~='title'] {
    font-size: var(--ck-case-detail-title-size, 1.75em);
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }

  .subtitle {
    margin: 0;
    font-size: 1.1em;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
    margin: 0.5em 0 0;
  }

  dt {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
  }

  dd {
    margin: 0;
    font-weight: 600;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    margin: 0.5em 0 0;
  }

  .visits {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
  }

  .contact {
    margin-bottom: var(--ck-case-detail-section-gap, 2rem);
  }

  .section {
    margin-top: var(--ck-case-detail-section-gap, 2rem);
    scroll-margin-top: 1rem;
  }

  .section:nth-of-type(n + 3) {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
    overflow-clip-margin: 1em;
  }

  [part~='section-heading'] {
    margin-bottom: 0.5em;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--ck-color-border, #c8ccd0);
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }

  [part~='subheading'] {
    margin-top: 1em;
    font-weight: 700;
  }

  p,
  ul {
    margin: 0 0 0.75em;
    overflow-wrap: break-word;
  }

  .label {
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .amount {
    font-size: 1.2em;
    font-weight: 700;
  }

  .quote {
    margin: 0 0 1em;
    padding: 0.25em 0 0.25em 1em;
    border-left: 4px solid var(--ck-color-accent, #0b5394);
  }

  blockquote {
    margin: 0;
    font-style: italic;
  }

  figcaption {
    font-size: 0.95em;
  }

  .question {
    margin-bottom: 1.5em;
  }

  .held ck-rating-scale:not(:defined) {
    display: block;
    min-height: ${unsafeCSS(RESERVED['ck-rating-scale'])};
  }

  [part~='code-missing'] {
    margin: 1em 0;
  }

  .held ck-comment-thread[part~='comments']:not(:defined) {
    display: block;
    min-height: ${unsafeCSS(RESERVED['ck-comment-thread'])};
  }

  .held ck-case-card:not(:defined) {
    display: block;
    min-height: ${unsafeCSS(COMPACT_CARD_HEIGHT)};
  }

  .related {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--ck-space, 1rem);
    padding: 0;
    list-style: none;
  }

  @media print {
    :host {
      color: #000;
    }

    .print,
    .back,
    .feedback,
    .related,
    [part~='section-actions'],
    [part~='section-relaterede'],
    slot[name='comments'] {
      display: none;
    }

    .case {
      max-width: none;
    }

    .section:nth-of-type(n + 3) {
      content-visibility: visible;
    }

    .materials a::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }

    [part~='section-heading'],
    [part~='subheading'] {
      break-after: avoid;
    }

    .quote,
    .question {
      break-inside: avoid;
    }
  }
`;
