import { html, type TemplateResult } from 'lit';

export type TextPiece = { text: string } | { url: string };

// http(s) only; stops at whitespace and at characters that rarely end a URL in prose.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}»”’]+$/;

/**
 * Splits plain text into text and `http(s)` URL pieces. Punctuation that ends
 * a sentence is left out of the URL ("se https://x.dk/a." links `…/a`), and a
 * closing parenthesis stays when the URL opened one.
 */
export function splitLinks(source: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of source.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = TRAILING.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    if (trailing.startsWith(')') && url.includes('(') && !url.endsWith(')')) url += ')';
    if (!isHttpUrl(url)) continue;
    const start = match.index;
    if (start > last) pieces.push({ text: source.slice(last, start) });
    pieces.push({ url });
    last = start + url.length;
  }
  if (last < source.length) pieces.push({ text: source.slice(last) });
  return pieces;
}

function isHttpUrl(candidate: string): boolean {
  try {
    const { protocol, hostname } = new URL(candidate);
    return (protocol === 'http:' || protocol === 'https:') && hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Someone's text as text: every character is bound as a Lit text value (no
 * HTML is ever parsed), line breaks are kept by the caller's
 * `white-space: pre-line`, and only `http(s)` URLs become links, marked
 * `nofollow ugc` for search engines and `noopener` so a new tab gets no handle on this page.
 */
export function linkifiedText(source: string): TemplateResult {
  return html`${splitLinks(source).map((piece) =>
    'url' in piece
      ? html`<a href=${piece.url} rel="nofollow ugc noopener">${piece.url}</a>`
      : piece.text,
  )}`;
}
