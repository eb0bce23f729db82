import { css } from 'lit';

export const caseCardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    /* The loader holds the same height before the card's code arrives (src/internal/reserve.ts). */
    min-height: var(--ck-case-card-min-height, 13em);
    margin: 0;
    padding: var(--ck-space, 1rem);
    background: var(--ck-case-card-background, var(--ck-color-surface, transparent));
    border: var(--ck-case-card-border, 1px solid var(--ck-color-border, #c8ccd0));
    border-radius: var(--ck-radius, 4px);
    line-height: 1.4;
  }

  :host([compact]) .card {
    min-height: var(--ck-case-card-min-height, 10.5em);
  }

  .card:focus-within {
    outline: var(--ck-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }

  .link:focus-visible {
    outline: none;
  }

  /* The title link covers the card, so the whole card is one click target. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .origin,
  .subtitle,
  .footer {
    margin: 0;
  }

  .origin,
  .views,
  dt {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
  }

  .heading {
    font-size: var(--ck-case-card-title-size, 1.2em);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
  }

  dd {
    margin: 0;
  }

  .themes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }

  .themes li,
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid var(--ck-color-border, #c8ccd0);
    border-radius: 999px;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: auto;
  }

  .badge {
    font-size: 0.85em;
  }

  .ratings,
  .ratings ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }

  .ratings ul {
    font-size: 1em;
  }

  .ratings-label {
    color: var(--ck-color-muted, inherit);
  }

  .badge.yes {
    border-color: var(--ck-color-accent, #0b5394);
    color: var(--ck-color-accent, #0b5394);
    font-weight: 600;
  }

  .empty {
    justify-content: center;
    color: var(--ck-color-muted, inherit);
  }
`;
