import { css } from 'lit';

/**
 * Shared by every element. Casekit lives on CMS pages full of foreign CSS:
 * shadow DOM keeps tag rules out, but inherited properties (a page's
 * `* { text-transform: uppercase }`, letter-spacing, alignment) still flow in
 * through the host, so the root resets them while keeping the page's font and
 * text colour, which an editor expects the widget to share.
 *
 * `box-sizing` is set on every node of the shadow tree directly, not
 * `inherit`ed: a CMS's `* { box-sizing: content-box }` matches the host, and
 * `inherit` would carry it down into every card and button (at 320 px the
 * last card then covered the pager). Long Danish compounds break with a
 * hyphen (`hyphens: auto` with the nearest `lang`).
 *
 * Theme tokens, each with one plain default:
 * `--ck-color-accent`, `--ck-color-accent-contrast`, `--ck-color-text`,
 * `--ck-color-muted`, `--ck-color-border`, `--ck-color-surface`,
 * `--ck-color-surface-alt`, `--ck-color-danger`, `--ck-radius`, `--ck-space`,
 * `--ck-font-family`, `--ck-focus-ring`.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--ck-color-text, inherit);
    font-family: var(--ck-font-family, inherit);
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    hyphens: auto;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--ck-color-accent, #0b5394);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--ck-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    a,
    button {
      forced-color-adjust: auto;
    }
  }
`;
