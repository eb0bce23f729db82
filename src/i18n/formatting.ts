import { LocalizeController } from './localize.js';
import { formatDate, formatNumber, formatRelative, type RelativeUnit } from './format.js';

/**
 * Building an `Intl` formatter costs far more than using one (a date formatter
 * ~0.4 ms against ~0.002 ms), and a list or a thread formats hundreds of
 * values, so formatters are kept per kind, locale and options.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

export function cachedFormatter<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object | undefined,
  create: () => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A `LocalizeController` that also formats numbers, dates and relative times for the element's
 * language: Casekit's own shapes by hand (see format.ts), others through `Intl`.
 */
export class FormatController<T> extends LocalizeController<T> {
  /** Casekit's own shapes (a whole number, or a fixed count of decimals) by hand, see format.ts; others through `Intl`. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    const { minimumFractionDigits: min, maximumFractionDigits: max, ...other } = options ?? {};
    if (options ? !Object.keys(other).length && min !== undefined && min === max : Number.isInteger(value)) {
      return formatNumber(value, this.lang, min);
    }
    const { locale } = this;
    return cachedFormatter('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
  }

  /** A long date, with `timeStyle: 'short'` also the time, by hand (see format.ts); other options through `Intl`. */
  date(value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const { dateStyle, timeStyle, ...other } = options;
    if (!Object.keys(other).length && dateStyle === 'long' && (timeStyle === undefined || timeStyle === 'short')) {
      return formatDate(new Date(value), this.lang, timeStyle === 'short');
    }
    const { locale } = this;
    return cachedFormatter('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(new Date(value));
  }

  /** "for 3 timer siden" / "3 hours ago", in the largest unit that fits. */
  relativeTime(value: Date | string, now: Date = new Date()): string {
    const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
    const units: [RelativeUnit, number][] = [
      ['year', 31_536_000],
      ['month', 2_592_000],
      ['week', 604_800],
      ['day', 86_400],
      ['hour', 3_600],
      ['minute', 60],
    ];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return formatRelative(Math.round(seconds / size), unit, this.lang);
    }
    return formatRelative(Math.round(seconds), 'second', this.lang);
  }
}
