import type { CaseSummary } from '../../api/types.js';
import { formatKroner } from '../../i18n/format.js';
import { cachedFormatter } from '../../i18n/formatting.js';
import { pageBase } from '../../internal/page.js';

const NUMBER = /\d{1,3}(?:\.\d{3})+|\d+/g;

/**
 * A yearly economy bracket as the API stores it ("< 50.000", "50.000 - 250.000",
 * "> 1.000.000") in the reader's locale: "< 50.000 kr.", "DKK 50,000–250,000".
 * Text without numbers is returned as it is.
 */
export function formatEconomyBracket(bracket: string, locale: string): string {
  const numbers = (bracket.match(NUMBER) ?? []).map((n) => Number(n.replace(/\./g, '')));
  const [low, high] = numbers;
  if (low === undefined) return bracket;
  const prefix = bracket.trim().match(/^[<>≤≥]=?|^(under|over)\b/i)?.[0];
  const lang = /^(da|en)\b/i.exec(locale)?.[1]?.toLowerCase() as 'da' | 'en' | undefined;
  // By hand in Danish and English (see i18n/format.ts: the first Intl formatter on a page is slow).
  if (lang && high !== low) {
    const amount = formatKroner(low, high, lang);
    return prefix && high === undefined ? `${prefix} ${amount}` : amount;
  }
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency: 'DKK',
    maximumFractionDigits: 0,
    currencyDisplay: locale.startsWith('da') ? 'symbol' : 'code',
  };
  const format = cachedFormatter('number', locale, options, () => new Intl.NumberFormat(locale, options));
  if (high !== undefined) return format.formatRange(low, high);
  return prefix ? `${prefix} ${format.format(low)}` : format.format(low);
}

/** Where a case comes from: its municipalities, else its organisation. */
export const caseOrigin = (item: CaseSummary): string => item.municipalities.join(', ') || item.organisation || '';

/**
 * The link to a case from an editor's template such as `/cases/{id}` or
 * `https://kommune.dk/case?id={id}`. Only `http:`/`https:` targets become links.
 */
export function caseHref(template: string, id: string): string | undefined {
  const href = template.replaceAll('{id}', encodeURIComponent(id));
  try {
    const url = new URL(href, pageBase());
    return url.protocol === 'http:' || url.protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}
