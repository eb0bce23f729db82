import { css } from 'lit';

/**
 * The look of the fields form-field.ts renders: apart from their code, so an element whose form
 * comes later (a comment thread far down a case) has its styles from the start without the code.
 */
export const formFieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0 0 0.9em;
  }

  .field label {
    font-weight: 700;
  }

  .hint,
  .after {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
  }

  .field input,
  .field textarea,
  .field select {
    font: inherit;
    color: inherit;
    width: 100%;
    max-width: 40em;
    min-height: 44px;
    padding: 0.45em 0.6em;
    border: 1px solid var(--ck-color-border, #6b7178);
    border-radius: var(--ck-radius, 4px);
    background: var(--ck-color-surface, #fff);
  }

  .field textarea {
    resize: vertical;
  }

  .field [aria-invalid='true'] {
    border: 2px solid var(--ck-color-danger, #b3261e);
  }

  .field-error,
  .form-error {
    color: var(--ck-color-danger, #b3261e);
    font-weight: 700;
  }

  .form-error,
  .form-success {
    margin: 0 0 0.9em;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid currentColor;
    background: var(--ck-color-surface-alt, #f3f4f6);
  }

  .form-success {
    color: var(--ck-color-success, #1e6b34);
    font-weight: 700;
  }

  .honeypot {
    position: absolute;
    left: -10000px;
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .ck-button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
`;
