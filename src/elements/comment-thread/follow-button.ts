import { html, nothing } from 'lit';

/**
 * "Følg denne case" and the status region its confirmation is written into. The thread shows
 * them before the follow form's code is here (it loads on the first click, follow-form.ts), the
 * form after: one markup for both.
 */
export const renderFollowButton = (label: string, open: boolean, toggle: () => void) =>
  html`<button type="button" part="follow-button" class="ck-button secondary" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'follow-form' : nothing} @click=${toggle}>
    ${label}
  </button>`;

/**
 * On the page, empty, before its text arrives: a region added with its text is often not read out.
 * `missing`: the follow form's code could not be fetched, said in the same region.
 */
export const renderFollowStatus = (done: unknown, missing?: string) =>
  html`<div part="follow-done" class=${missing ? 'form-error' : done ? 'form-success' : 'follow-status'} tabindex="-1" role="status">
    ${missing || done || nothing}
  </div>`;
