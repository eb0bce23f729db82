import { createHash } from 'node:crypto';

/** Text or an attribute value, safe between tags and inside double or single quotes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text of at most `max` characters, cut at a word, with an ellipsis when cut. */
export function plainExcerpt(text: string | null | undefined, max = 160): string {
  const plain = (text ?? '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/**
 * The CSP hashes of every `<style>` block in a piece of HTML. A server-rendered
 * element carries its styles inline in its declarative shadow root; a page with
 * a strict `style-src` (no 'unsafe-inline') allows exactly these.
 */
export function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
  }
  return [...hashes];
}
