import { html, nothing } from 'lit';
import { neutraliseBidi } from '../../internal/bidi.js';
import { pageBase } from '../../internal/page.js';
import { CONTENT_LANG } from '../../internal/content-lang.js';

const BULLET = /^\s*[-•*–]\s+/;

/** Nothing worth showing: empty, or only dashes and dots (the source pages write "-" for "no period"). */
export const isBlank = (text: string | null | undefined): boolean => !text || /^[\s\-–—.·]*$/.test(text);

/**
 * Plain text from the API as paragraphs and bullet lists: blank lines separate
 * paragraphs, lines starting with "-" or "•" become list items, other line breaks
 * are kept. Text only (Lit bindings): no markup from the API is ever interpreted.
 * The text is the case's own, so its block says so (`lang`, see CONTENT_LANG).
 */
export function renderProse(text: string | null | undefined) {
  if (isBlank(text)) return nothing;
  return html`<div class="prose" lang=${CONTENT_LANG}>${proseBlocks(text!)}</div>`;
}

function proseBlocks(text: string) {
  // Without bidi controls, so no line reads in another order than it was written.
  return neutraliseBidi(text)
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const groups: { list: boolean; lines: string[] }[] = [];
      for (const line of block.split('\n')) {
        const list = BULLET.test(line);
        const last = groups.at(-1);
        const content = list ? line.replace(BULLET, '') : line.trim();
        if (!content) continue;
        if (last && last.list === list) last.lines.push(content);
        else groups.push({ list, lines: [content] });
      }
      return groups.map((group) =>
        group.list
          ? html`<ul>
              ${group.lines.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : html`<p>${group.lines.map((line, i) => (i ? html`<br />${line}` : line))}</p>`,
      );
    });
}

/** Only `http:` and `https:` addresses become links (never `javascript:`, `data:` …). */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, pageBase());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
