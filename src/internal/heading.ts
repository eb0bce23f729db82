import { html, type TemplateResult } from 'lit';

/**
 * Clamps an editor's `heading-level` to 1–6. Level 1 is allowed: on a page
 * of its own (a CMS page that only holds the case) the case title is the
 * page's main heading.
 */
export function clampHeadingLevel(level: number | undefined, fallback = 2): number {
  if (level === undefined || !Number.isFinite(level)) return fallback;
  return Math.min(6, Math.max(1, Math.round(level)));
}

/**
 * A heading at the level the page's outline needs. `role="heading"` with
 * `aria-level` gives screen readers the same outline as `<h2>`–`<h6>` while
 * the level stays a runtime value.
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} part=${part} class="heading" id=${id ?? ''}>${content}</div>`;
}
