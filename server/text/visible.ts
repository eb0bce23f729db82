/**
 * What a guest's text must hold to be worth storing, and what is taken out of it first.
 * Plain functions (no zod) so the schemas and the routes share them.
 */

/**
 * Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder
 * the text that follows, which is how "…fdp.exe" reads as "…exe.pdf". LRM/RLM stay (harmless marks).
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters that show nothing on their own: controls, format characters (zero-width space and
 * joiners, soft hyphen, word joiner, BOM, tags), separators and spaces, lone combining marks, and
 * the letters and symbols that render blank (Hangul fillers, the braille blank, musical format marks).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{M}\s\u115F\u1160\u3164\uFFA0\u2800\u{1D159}\u{1D173}-\u{1D17A}]/gu;

export const stripBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** Something a reader can see: a letter, digit, symbol or punctuation that is not blank. */
export const hasVisible = (text: string): boolean => text.replace(INVISIBLE, '').length > 0;

/** A name needs at least one visible letter or digit (not only dots, not only fillers). */
export const hasVisibleLetter = (text: string): boolean => /[\p{L}\p{N}]/u.test(text.replace(INVISIBLE, ''));

/** Characters that look like "/" or "\" in an address bar but are not. */
export const LOOKALIKE_SLASHES = /[\u2044\u2215\u2571\u29F8\u29F9\uFF0F\uFF3C\u2216\u27CB\u27CD\u3033]/;

/**
 * An address other programs may open safely: http(s), a host, no user name or password (which
 * makes "https://www.holstebro.dk:443@evil.example/" read as the kommune's), and nothing that
 * disguises where it goes (whitespace, bidi controls, look-alike slashes).
 */
export function isPlainHttpUrl(text: string): boolean {
  if (!/^https?:\/\/[^/]/i.test(text)) return false;
  if (/[\s\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(text) || LOOKALIKE_SLASHES.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
}
