import { css } from 'lit';

export const commentThreadStyles = css`
  .heading {
    margin: 0 0 0.75em;
    font-size: var(--ck-comment-thread-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75em 1.5em;
    margin: 0 0 1em;
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }

  .sort select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--ck-color-border, #6b7178);
    border-radius: var(--ck-radius, 4px);
    background: var(--ck-color-surface, #fff);
  }

  .follow {
    max-width: 28em;
  }

  .follow-form {
    margin-top: 0.75em;
  }

  .list,
  .replies {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .replies {
    margin-inline-start: var(--ck-comment-thread-reply-indent, 1.5rem);
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--ck-color-border, #c8ccd0);
  }

  .replies.flat {
    margin-inline-start: 0;
  }

  .comment {
    margin: 0 0 0.75em;
    padding: 0.75em var(--ck-space, 1rem);
    background: var(--ck-comment-thread-comment-background, var(--ck-color-surface, transparent));
    border: 1px solid var(--ck-color-border, #c8ccd0);
    border-radius: var(--ck-radius, 4px);
  }

  .comment:focus-visible {
    outline: var(--ck-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }

  .comment.pending {
    background: var(--ck-comment-thread-pending-background, var(--ck-color-surface-alt, #f6f1e1));
    border-style: dashed;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin-bottom: 0.35em;
  }

  .author {
    font-weight: 700;
  }

  time,
  .hint {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
  }

  .tag {
    font-size: 0.85em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--ck-radius, 4px);
  }

  .pending-note {
    margin: 0 0 0.35em;
    font-weight: 700;
  }

  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
    line-height: 1.5;
  }

  .link-button {
    margin-top: 0.35em;
    padding: 0.2em 0;
    min-height: 32px;
    border: none;
    background: none;
    color: var(--ck-color-accent, #0b5394);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .ck-button.secondary {
    background: transparent;
    color: var(--ck-color-accent, #0b5394);
    min-height: 44px;
  }

  .ck-button {
    min-height: 44px;
  }

  .comment-form {
    margin: 1em 0 0;
    padding: var(--ck-space, 1rem);
    border: 1px solid var(--ck-color-border, #c8ccd0);
    border-radius: var(--ck-radius, 4px);
  }

  /* The main thread's form stands before the comments (see render()). */
  .toolbar ~ .comment-form {
    margin: 0 0 1.5em;
  }

  .form-title {
    font-weight: 700;
    font-size: 1.1em;
    margin: 0 0 0.75em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
  }

  .empty {
    color: var(--ck-color-muted, inherit);
  }

  .placeholder {
    min-height: 8em;
  }

  .done-text {
    font-weight: 400;
  }

  @media (forced-colors: active) {
    .comment.pending {
      border-color: Highlight;
    }
  }
`;
