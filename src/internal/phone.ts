export interface PhoneLink {
  /** `tel:` URL in international form, e.g. `tel:+4596114122`. */
  href: string;
  /** The number as Danes write it, e.g. `96 11 41 22` or `+45 24 80 45 03`. */
  text: string;
}

const groupInPairs = (digits: string): string => digits.replace(/(\d{2})(?=\d)/g, '$1 ');

/**
 * Turns a phone number as an editor typed it ("96114122", "2173 3735",
 * "+4524804503") into a `tel:` link and Danish grouping in pairs. Numbers that
 * are not Danish keep their own digits; anything without digits gives null.
 */
export function phoneLink(raw: string | undefined | null): PhoneLink | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (!digits) return null;
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  const national = international ? digits.replace(/^00/, '') : digits;
  if (!international && national.length === 8) {
    return { href: `tel:+45${national}`, text: groupInPairs(national) };
  }
  if (international && national.startsWith('45') && national.length === 10) {
    return { href: `tel:+${national}`, text: `+45 ${groupInPairs(national.slice(2))}` };
  }
  return { href: international ? `tel:+${national}` : `tel:${national}`, text: trimmed };
}
