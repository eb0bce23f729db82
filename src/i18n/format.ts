import type { Lang } from './localize.js';

/**
 * Numbers, amounts, dates and relative times in Danish and English, written out by hand for the
 * few shapes Casekit shows, with the same result as `Intl` (test/i18n/format.test.ts compares
 * them). Why not `Intl`: the first `Intl.NumberFormat`, `DateTimeFormat` or `RelativeTimeFormat`
 * a page makes sets up the browser's locale data on the main thread — 55 ms on a quiet 2-core
 * machine, 100–300 ms on a busy one, measured in Chromium 156 — and that landed in a widget's first
 * render: the longest task of the demo case page. These functions cost microseconds.
 */

const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * `|value|` with exactly `digits` decimals, rounded half away from zero as `Intl` does: from the
 * shortest decimal that reads back as the number (1.45 → 1.5), not from its binary value
 * (`toFixed` gives 1.4).
 */
function fixed(value: number, digits: number): string {
  const shortest = String(Math.abs(value));
  if (/e/i.test(shortest)) return Math.abs(value).toFixed(digits);
  const [whole, fraction = ''] = shortest.split('.') as [string, string?];
  if (fraction.length <= digits) return digits ? `${whole}.${fraction.padEnd(digits, '0')}` : whole;
  const kept = (BigInt(whole + fraction.slice(0, digits)) + (fraction[digits]! >= '5' ? 1n : 0n)).toString().padStart(digits + 1, '0');
  return digits ? `${kept.slice(0, -digits)}.${kept.slice(-digits)}` : kept;
}

/** `1.234.567` / `1,234,567`; with `fractionDigits`, exactly that many decimals (`3,3` / `3.3`). */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  const [whole, fraction] = fixed(value, fractionDigits).split('.') as [string, string?];
  const [thousands, decimal] = lang === 'da' ? ['.', ','] : [',', '.'];
  const text = group(whole, thousands) + (fraction ? decimal + fraction : '');
  return value < 0 || Object.is(value, -0) ? `-${text}` : text;
}

/** Whole Danish kroner: `50.000 kr.`, `50.000-250.000 kr.`; `DKK 50,000`, `DKK 50,000–250,000` (as `Intl`'s `currencyDisplay` symbol in Danish, code in English). */
export function formatKroner(low: number, high: number | undefined, lang: Lang): string {
  const amount = (n: number) => formatNumber(n, lang);
  if (lang === 'da') return `${high === undefined ? amount(low) : `${amount(low)}-${amount(high)}`}\u00a0kr.`;
  return `DKK\u00a0${high === undefined ? amount(low) : `${amount(low)}–${amount(high)}`}`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `5. januar 2026` / `5 January 2026` (`dateStyle: 'long'`), with `time`: `… kl. 09.07` / `… at 09:07` (`timeStyle: 'short'`), in local time. */
export function formatDate(value: Date, lang: Lang, time = false): string {
  const day = value.getDate();
  const month = MONTHS[lang][value.getMonth()];
  const year = value.getFullYear();
  const hours = twoDigits(value.getHours());
  const minutes = twoDigits(value.getMinutes());
  if (lang === 'da') return `${day}. ${month} ${year}${time ? ` kl. ${hours}.${minutes}` : ''}`;
  return `${day} ${month} ${year}${time ? ` at ${hours}:${minutes}` : ''}`;
}

export type RelativeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** Each unit's name, one and more: Danish, English. */
const UNITS: Record<RelativeUnit, Record<Lang, readonly [string, string]>> = {
  year: { da: ['år', 'år'], en: ['year', 'years'] },
  month: { da: ['måned', 'måneder'], en: ['month', 'months'] },
  week: { da: ['uge', 'uger'], en: ['week', 'weeks'] },
  day: { da: ['dag', 'dage'], en: ['day', 'days'] },
  hour: { da: ['time', 'timer'], en: ['hour', 'hours'] },
  minute: { da: ['minut', 'minutter'], en: ['minute', 'minutes'] },
  second: { da: ['sekund', 'sekunder'], en: ['second', 'seconds'] },
};

/** The words `numeric: 'auto'` uses instead of a number, by unit and value: "i går", "next week". */
const NAMED: Record<Lang, Partial<Record<RelativeUnit, Record<number, string>>>> = {
  da: {
    year: { [-1]: 'sidste år', 0: 'i år', 1: 'næste år' },
    month: { [-1]: 'sidste måned', 0: 'denne måned', 1: 'næste måned' },
    week: { [-1]: 'sidste uge', 0: 'denne uge', 1: 'næste uge' },
    day: { [-2]: 'i forgårs', [-1]: 'i går', 0: 'i dag', 1: 'i morgen', 2: 'i overmorgen' },
    hour: { 0: 'denne time' },
    minute: { 0: 'dette minut' },
    second: { 0: 'nu' },
  },
  en: {
    year: { [-1]: 'last year', 0: 'this year', 1: 'next year' },
    month: { [-1]: 'last month', 0: 'this month', 1: 'next month' },
    week: { [-1]: 'last week', 0: 'this week', 1: 'next week' },
    day: { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' },
    hour: { 0: 'this hour' },
    minute: { 0: 'this minute' },
    second: { 0: 'now' },
  },
};

/** As `new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit)` for a whole `value`. */
export function formatRelative(value: number, unit: RelativeUnit, lang: Lang): string {
  const named = NAMED[lang][unit]?.[value === 0 ? 0 : value]; // -0 is "now" too
  if (named) return named;
  const count = Math.abs(value);
  const words = `${formatNumber(count, lang)} ${UNITS[unit][lang][count === 1 ? 0 : 1]}`;
  if (lang === 'da') return value < 0 ? `for ${words} siden` : `om ${words}`;
  return value < 0 ? `${words} ago` : `in ${words}`;
}
