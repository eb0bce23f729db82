import type { FacetName, FacetValue } from '../../api/types.js';

/** The first amount in an economy bracket ("< 50.000" → 0 … "> 1.000.000" → 1 000 001), for ordering by size. */
export function bracketAmount(bracket: string): number {
  const first = /\d{1,3}(?:\.\d{3})+|\d+/.exec(bracket)?.[0];
  if (first === undefined) return Number.POSITIVE_INFINITY;
  const amount = Number(first.replace(/\./g, ''));
  if (/^\s*(<|under\b)/i.test(bracket)) return amount - 0.5;
  if (/^\s*(>|over\b)/i.test(bracket)) return amount + 0.5;
  return amount;
}

/**
 * The order a reader looks for a facet's values in: amounts from small to
 * large; otherwise the most common first, and equal counts alphabetically
 * (Danish collation: æ, ø, å last).
 */
export function orderFacet(name: FacetName, values: readonly FacetValue[]): FacetValue[] {
  const sorted = [...values];
  if (name === 'economyBracket') return sorted.sort((a, b) => bracketAmount(a.value) - bracketAmount(b.value));
  return sorted.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'da'));
}

/**
 * Keeps a facet's values where they were while the reader ticks in it:
 * ticking changes the counts, and a re-sort would move the value the reader
 * just ticked (and the one under the pointer). Values already shown keep
 * their place; new ones follow in the usual order.
 */
export function keepPlaces(previous: readonly string[] | undefined, ordered: readonly FacetValue[]): FacetValue[] {
  if (!previous?.length) return [...ordered];
  const place = new Map(previous.map((value, index) => [value, index]));
  const known = ordered.filter((v) => place.has(v.value)).sort((a, b) => place.get(a.value)! - place.get(b.value)!);
  return [...known, ...ordered.filter((v) => !place.has(v.value))];
}

/**
 * Folds Danish letters to what a reader types on a foreign keyboard, for
 * matching only: "søvn", "soevn" and "sovn" all become "sovn"; "å"/"aa" → "a",
 * "æ"/"ae" → "a". Used by the facet filter field; the full-text search leaves
 * it to the server (see the README).
 */
export function foldDanish(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[åæ]/g, 'a')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
