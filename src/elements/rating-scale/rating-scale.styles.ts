import { css } from 'lit';

export const ratingScaleStyles = css`
  :host {
    --_accent: var(--ck-rating-scale-accent, var(--ck-color-accent, #0b5394));
    --_bar: var(--ck-rating-scale-bar-color, var(--_accent));
    --_track: var(--ck-rating-scale-track-color, var(--ck-color-surface-alt, #eef1f4));
  }

  .label {
    font-weight: 700;
    margin: 0 0 0.25em;
  }

  .description {
    color: var(--ck-color-muted, inherit);
    margin: 0 0 0.5em;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.25em 0;
  }

  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.4em 0.9em 0.4em 0.6em;
    border: 1px solid var(--ck-color-border, #8a9099);
    border-radius: 999px;
    background: var(--ck-color-surface, transparent);
    cursor: pointer;
    user-select: none;
  }

  .option[aria-checked='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 700;
  }

  .option[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .option:focus-visible {
    outline: var(--ck-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }

  .dot {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }

  .option[aria-checked='true'] .dot {
    border-color: var(--_accent);
    background: radial-gradient(circle, var(--_accent) 0 45%, transparent 50%);
  }

  :host(:state(user-invalid)) .option {
    border-color: var(--ck-color-danger, #b3261e);
  }

  .error {
    color: var(--ck-color-danger, #b3261e);
    font-weight: 700;
    margin: 0.25em 0 0;
  }

  .distribution {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }

  .row {
    display: grid;
    grid-template-columns: minmax(8em, 12em) 1fr auto;
    align-items: center;
    gap: 0.5em;
    padding: 0.2em 0.4em;
    border-radius: var(--ck-radius, 4px);
  }

  .row.owner {
    background: var(--ck-rating-scale-owner-background, var(--ck-color-surface-alt, #eef1f4));
    outline: 2px solid var(--_accent);
  }

  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.4em;
    border-radius: var(--ck-radius, 4px);
    background: var(--_accent);
    color: var(--ck-color-accent-contrast, #fff);
    font-size: 0.8em;
    font-weight: 700;
  }

  .track {
    height: 0.75em;
    background: var(--_track);
    border-radius: 999px;
    overflow: hidden;
  }

  .bar {
    display: block;
    height: 100%;
    background: var(--_bar);
    border-radius: 999px;
  }

  .count {
    font-variant-numeric: tabular-nums;
    min-width: 5em;
    text-align: end;
  }

  .readers,
  .status {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
    margin: 0.4em 0 0;
  }

  .status button,
  .retry {
    margin-inline-start: 0.5em;
    padding: 0.2em 0.7em;
    min-height: 32px;
    border: 1px solid currentColor;
    border-radius: var(--ck-radius, 4px);
    background: none;
  }

  .placeholder {
    min-height: 7.5em;
  }

  @media (max-width: 30em) {
    .options {
      flex-direction: column;
      align-items: stretch;
    }

    .row {
      grid-template-columns: 1fr auto;
    }

    .row .track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }

  @media (forced-colors: active) {
    .option[aria-checked='true'] .dot,
    .bar {
      background: Highlight;
      forced-color-adjust: none;
    }

    .row.owner {
      outline-color: Highlight;
    }
  }

  /* On paper a bound scale is a record, not a control: the owner's answer and the readers' votes, no radios or messages. */
  @media print {
    :host([case-id][question]) .options,
    .status,
    .error,
    .ck-retry {
      display: none;
    }
  }
`;
