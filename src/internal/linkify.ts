import { html, type TemplateResult } from 'lit';
import { neutraliseBidi } from './bidi.js';

/** A link's `url` is where it goes; `shown` is the text a reader sees for it (honest about the host). */
export type TextPiece = { text: string } | { url: string; shown: string };

/** Characters that pass for "/" or "\\" in an address but are not: "https://kommune.dk∕login.evil.example". */
const LOOKALIKE_SLASHES = /[\u2044\u2215\u2571\u29F8\u29F9\uFF0F\uFF3C\u2216\u27CB\u27CD\u3033]/;

// http(s) only; stops at whitespace and at characters that rarely end a URL in prose.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}»”’]+$/;

/**
 * Splits plain text into text and `http(s)` URL pieces. Punctuation that ends
 * a sentence is left out of the URL ("se https://x.dk/a." links `…/a`), and a
 * closing parenthesis stays when the URL opened one.
 */
export function splitLinks(source: string): TextPiece[] {
  source = neutraliseBidi(source);
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of source.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = TRAILING.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    if (trailing.startsWith(')') && url.includes('(') && !url.endsWith(')')) url += ')';
    const link = honestLink(url);
    if (!link) continue;
    const start = match.index;
    if (start > last) pieces.push({ text: source.slice(last, start) });
    pieces.push(link);
    last = start + url.length;
  }
  if (last < source.length) pieces.push({ text: source.slice(last) });
  return pieces;
}

/**
 * A link only where what a reader sees is where it goes. Not linked (left as text): a user name
 * or password before the host ("https://www.holstebro.dk:443@evil.example/" goes to evil.example)
 * and look-alike slashes. A host written in other letters than ASCII is shown as the browser will
 * look it up (punycode, "xn--…"), so a Cyrillic "а" cannot pass for a Latin one.
 */
function honestLink(candidate: string): { url: string; shown: string } | null {
  if (LOOKALIKE_SLASHES.test(candidate)) return null;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  if (parsed.username || parsed.password) return null;
  const asciiHost = /^https?:\/\/[\x21-\x7e]+?(?:[/?#]|$)/i.test(candidate);
  return { url: candidate, shown: asciiHost ? candidate : parsed.href };
}

/**
 * Someone's text as text, without bidi controls: every character is bound as a Lit text value (no
 * HTML is ever parsed), line breaks are kept by the caller's
 * `white-space: pre-line`, and only `http(s)` URLs become links, marked
 * `nofollow ugc` for search engines and `noopener` so a new tab gets no handle on this page.
 */
export function linkifiedText(source: string): TemplateResult {
  return html`${splitLinks(source).map((piece) =>
    'url' in piece
      ? html`<a href=${piece.url} rel="nofollow ugc noopener">${piece.shown}</a>`
      : piece.text,
  )}`;
}
