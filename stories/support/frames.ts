import { html, type TemplateResult } from 'lit';

/**
 * Page surroundings shared by every element's stories, so each element is
 * shown the same way in a dark theme and on a wide page.
 */

/** A dark site: the page sets its own colours, Casekit follows through the `--ck-*` tokens. */
export const darkPage = (content: TemplateResult) => html`<div
  style="background: #15191d; color: #eef1f4; padding: 1rem;
    --ck-color-text: #eef1f4; --ck-color-accent: #9ccbff; --ck-color-accent-contrast: #15191d;
    --ck-color-border: #55606b; --ck-color-border-strong: #8a96a3; --ck-color-surface: #1f252b;
    --ck-color-surface-alt: #2a323a; --ck-color-muted: #c3cad1; --ck-color-danger: #ffb4ab;
    --ck-focus-ring: 3px solid #ffd166"
>
  ${content}
</div>`;

/** A wide desktop layout (1280 px), for elements that change their layout with the space they get. */
export const widePage = (content: TemplateResult) => html`<div style="width: 1280px">${content}</div>`;
