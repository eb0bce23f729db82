import { css } from 'lit';

export const caseListStyles = css`
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--ck-space, 1rem);
    line-height: 1.4;
  }

  .search label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .search-row {
    display: flex;
    gap: 0.5em;
  }

  input[type='search'] {
    flex: 1;
    min-width: 0;
    padding: 0.45em 0.6em;
    font: inherit;
    color: inherit;
    background: var(--ck-color-surface, #fff);
    border: 1px solid var(--ck-color-border-strong, #6b7178);
    border-radius: var(--ck-radius, 4px);
  }

  .layout {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--ck-space, 1rem) * 1.5);
  }

  .filters {
    flex: 1 1 var(--ck-case-list-filters-width, 15rem);
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .results {
    flex: 999 1 20rem;
    min-width: min(100%, 20rem);
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .results[aria-busy='true'] .cards {
    opacity: 0.6;
  }

  .heading {
    font-size: 1.15em;
    font-weight: 700;
  }

  summary {
    cursor: pointer;
    color: var(--ck-color-accent, #0b5394);
    margin-bottom: 0.5em;
  }

  summary:focus-visible {
    outline: var(--ck-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }

  details[open] {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .option {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    padding: 0.15em 0;
    cursor: pointer;
  }

  .option input {
    margin: 0;
    flex: none;
    accent-color: var(--ck-color-accent, #0b5394);
  }

  .option-label {
    overflow-wrap: anywhere;
  }

  .option-count {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
  }

  .find {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    margin-bottom: 0.5em;
  }

  .find input {
    font: inherit;
    min-height: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--ck-color-border, #6b7178);
    border-radius: var(--ck-radius, 4px);
  }

  .find-none {
    margin: 0.25em 0;
    color: var(--ck-color-muted, #50565c);
  }

  .more,
  .clear {
    padding: 0.2em 0;
    background: none;
    border: 0;
    color: var(--ck-color-accent, #0b5394);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em 1em;
  }

  .count {
    margin: 0;
    min-height: 1.4em;
    font-weight: 600;
  }

  select {
    margin-left: 0.35em;
    padding: 0.3em;
    font: inherit;
    color: inherit;
    background: var(--ck-color-surface, #fff);
    border: 1px solid var(--ck-color-border-strong, #6b7178);
    border-radius: var(--ck-radius, 4px);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip {
    padding: 0.2em 0.7em;
    background: var(--ck-color-surface-alt, #eef3f8);
    border: 1px solid var(--ck-color-accent, #0b5394);
    border-radius: 999px;
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ck-case-list-columns, 16rem)), 1fr));
    gap: var(--ck-space, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .cards > li {
    display: flex;
    flex-direction: column;
  }

  .cards ck-case-card {
    flex: 1;
  }

  .placeholder {
    /* As tall as a card (case-card.styles.ts), so the results replace them without a jump. */
    min-height: 13em;
    padding: var(--ck-space, 1rem);
    border: 1px solid var(--ck-color-border, #c8ccd0);
    border-radius: var(--ck-radius, 4px);
  }

  .empty p {
    margin: 0 0 0.75em;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.75em;
  }

  .ck-button:disabled {
    opacity: 0.45;
    cursor: default;
  }

  .results:focus-visible {
    outline: var(--ck-focus-ring, 3px solid #1a73e8);
    outline-offset: 4px;
  }
`;
