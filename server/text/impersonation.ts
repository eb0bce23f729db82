/**
 * Names that pose as the municipality ("Holstebro Kommune", "Holstebro Kоmmune" with a Cyrillic о,
 * "H O L S T E B R O  K O M M U N E", "KOMMUNEN") are held for a moderator instead of published:
 * a reader must be able to trust that the kommune's voice in a thread is the kommune's.
 *
 * Names are compared by a skeleton in the spirit of Unicode TS #39: compatibility-folded,
 * accents dropped, lower-cased, look-alike letters from other scripts (and digits that pass for
 * letters) mapped to the Latin letter they imitate, then everything but letters and digits removed.
 */

/** Cyrillic, Greek and other letters that render like a Latin one, and digits that pass for letters. */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ո: 'n', ս: 'u', ց: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ϲ: 'c', ϳ: 'j',
  // Latin look-alikes outside ASCII, and digits
  ı: 'i', ɩ: 'i', ɡ: 'g', ɑ: 'a', ʀ: 'r', ᴋ: 'k', ᴍ: 'm', ᴏ: 'o', '0': 'o', '1': 'l', '3': 'e', '5': 's', '|': 'l',
};

/** The letters a name reads as, whatever script or styling each is written in. */
export function skeleton(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of folded) out += LOOKALIKES[ch] ?? ch;
  return out
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[il]/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'a');
}

const KOMMUNE = skeleton('kommune');
const MUNICIPALITY = skeleton('municipality');

/**
 * True when `name` reads as a municipality's own voice: it holds "kommune" (or "municipality"),
 * or it is the name (letters only) of one of the case's municipalities on its own.
 */
export function imitatesMunicipality(name: string, municipalities: readonly string[]): boolean {
  const s = skeleton(name);
  if (s.includes(KOMMUNE) || s.includes(MUNICIPALITY)) return true;
  // A municipality's name is letters (Holstebro, Ringkøbing-Skjern, Lyngby-Taarbæk); other entries are no one's voice.
  return s.length >= 3 && municipalities.some((m) => /^[\p{L}\s.'-]+$/u.test(m) && skeleton(m) === s);
}
