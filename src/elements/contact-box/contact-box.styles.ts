import { css } from 'lit';

export const contactBoxStyles = css`
  :host {
    --_background: var(--ck-contact-box-background, var(--ck-color-surface, transparent));
    --_border: var(--ck-contact-box-border, 1px solid var(--ck-color-border, #c8ccd0));
  }

  .root {
    padding: var(--ck-space, 1rem);
    background: var(--_background);
    border: var(--_border);
    border-radius: var(--ck-radius, 4px);
  }

  .heading {
    margin: 0 0 0.5em;
    font-size: var(--ck-contact-box-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
  }

  address {
    font-style: normal;
    line-height: 1.5;
  }

  address + address {
    margin-top: var(--ck-space, 1rem);
    padding-top: var(--ck-space, 1rem);
    border-top: 1px solid var(--ck-color-border, #c8ccd0);
  }

  .name {
    display: block;
    font-weight: 700;
  }

  .line {
    display: block;
  }

  .label {
    color: var(--ck-color-muted, inherit);
  }

  .email {
    overflow-wrap: anywhere;
  }

  .vcard {
    margin-top: 0.5em;
    padding: 0;
    background: none;
    border: none;
    color: var(--ck-color-accent, #0b5394);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-size: 0.9em;
  }

  .vcard-missing {
    color: var(--ck-color-danger, #b3261e);
  }

  .vcard-missing:not(:empty) {
    display: block;
    margin-top: 0.5em;
  }
`;
