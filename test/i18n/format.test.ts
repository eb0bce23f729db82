import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, formatKroner, formatNumber, formatRelative, type RelativeUnit } from '../../src/i18n/format.js';
import { formatEconomyBracket } from '../../src/elements/case-card/case-format.js';
import '../../src/elements/case-detail/register.js';
import '../../src/elements/case-card/register.js';
import { apiBase, waitFor } from '../api/helpers.js';

/**
 * Casekit writes its numbers, amounts and dates by hand (src/i18n/format.ts), because a page's
 * first `Intl` formatter is slow to make: each must read exactly as `Intl` would, in Danish
 * (da-DK) and English (en-GB), and a case page must make no `Intl` formatter at all.
 */
const LOCALES = { da: 'da-DK', en: 'en-GB' } as const;
const LANGS = ['da', 'en'] as const;

describe('formatting by hand, as Intl would', () => {
  it('whole numbers, and numbers with one decimal', () => {
    const whole = [0, 1, 7, 999, 1000, 1001, 12_345, 999_999, 1_234_567, -1, -1234, -0];
    const decimals = [0, 0.04, 0.05, 0.95, 1.45, 2.25, 3.35, 3.666, 4.95, 9.96, 99.95, 1234.96, 1 / 3, 2.5, -2.25];
    for (const lang of LANGS) {
      const one = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      for (const n of whole) expect(formatNumber(n, lang), `${lang} ${n}`).to.equal(new Intl.NumberFormat(LOCALES[lang]).format(n));
      for (const n of decimals) expect(formatNumber(n, lang, 1), `${lang} ${n}`).to.equal(one.format(n));
    }
  });

  it('amounts in kroner, alone and as a range, and the economy brackets the API stores', () => {
    const amounts = [0, 500, 50_000, 250_000, 1_000_000];
    for (const lang of LANGS) {
      const kroner = new Intl.NumberFormat(LOCALES[lang], {
        style: 'currency',
        currency: 'DKK',
        maximumFractionDigits: 0,
        currencyDisplay: lang === 'da' ? 'symbol' : 'code',
      });
      for (const n of amounts) expect(formatKroner(n, undefined, lang)).to.equal(kroner.format(n));
      expect(formatKroner(50_000, 250_000, lang)).to.equal(kroner.formatRange(50_000, 250_000));
      expect(formatKroner(250_000, 1_000_000, lang)).to.equal(kroner.formatRange(250_000, 1_000_000));
      expect(formatEconomyBracket('< 50.000', LOCALES[lang])).to.equal(`< ${kroner.format(50_000)}`);
      expect(formatEconomyBracket('50.000 - 250.000', LOCALES[lang])).to.equal(kroner.formatRange(50_000, 250_000));
      expect(formatEconomyBracket('> 1.000.000', LOCALES[lang])).to.equal(`> ${kroner.format(1_000_000)}`);
    }
    expect(formatEconomyBracket('50.000 - 250.000', 'da-DK')).to.equal('50.000-250.000\u00a0kr.');
  });

  it('long dates, with and without the time, in every month and around midnight', () => {
    for (const lang of LANGS) {
      const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' });
      const dateTime = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' });
      for (let month = 0; month < 12; month++) {
        for (const [day, hours, minutes] of [[1, 0, 0], [9, 9, 7], [28, 23, 59], [15, 12, 30]] as const) {
          const d = new Date(2026, month, day, hours, minutes);
          expect(formatDate(d, lang), `${lang} ${d.toISOString()}`).to.equal(date.format(d));
          expect(formatDate(d, lang, true), `${lang} ${d.toISOString()}`).to.equal(dateTime.format(d));
        }
      }
    }
  });

  it('relative times in every unit, with the words Intl uses for yesterday, next week and now', () => {
    const units: RelativeUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
    const values = [-1500, -59, -12, -3, -2, -1, -0, 0, 1, 2, 3, 12, 59, 1500];
    for (const lang of LANGS) {
      const relative = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
      for (const unit of units) {
        for (const value of values) expect(formatRelative(value, unit, lang), `${lang} ${value} ${unit}`).to.equal(relative.format(value, unit));
      }
    }
  });

  it('a whole case page, with a card and its discussion, makes no Intl formatter (the first is slow to make)', async () => {
    const made: string[] = [];
    const kinds = ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat'] as const;
    const originals = kinds.map((kind) => Intl[kind]);
    kinds.forEach((kind, i) => {
      const Original = originals[i] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Original, {
        construct(target, args) {
          made.push(kind);
          return new target(...(args as unknown[]));
        },
        apply(target, self, args) {
          made.push(kind);
          return Reflect.apply(target, self, args) as unknown;
        },
      });
    });
    try {
      const caseId = 'faellesskabsportraetter-holstebro';
      const posted = await fetch(`${apiBase()}/cases/${caseId}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ authorName: 'Lene fra Skive', text: 'Hvornår blev portrætterne vist første gang?' }),
      });
      expect(posted.status).to.equal(201);
      const page = await fixture<HTMLElement>(html`<div><ck-case-detail case-id=${caseId}></ck-case-detail><ck-case-card case-id=${caseId}></ck-case-card></div>`);
      const detail = page.querySelector('ck-case-detail') as HTMLElement & { updateComplete: Promise<boolean> };
      const root = detail.shadowRoot!;
      await waitFor(() => root.querySelector('[part~="facts"]'), 'the case');
      await detail.updateComplete; // every part
      // The header's amount and visits, the card's views, a comment's time: each was formatted where it shows a number.
      expect(root.querySelector('[part~="facts"]')!.textContent).to.match(/kr\./);
      expect(root.querySelector('[part~="visits"]')!.textContent).to.match(/\d/);
      const card = await waitFor(() => page.querySelector('ck-case-card')!.shadowRoot?.querySelector('[part~="views"]'), 'the case card');
      // "Ikke besøgt endnu", "Besøgt 1 gang" or "Besøgt 12 gange": the API is shared by every test file, so
      // how often this case has been viewed depends on which ran before (a full run showed "Besøgt 1 gang").
      expect(card.textContent).to.match(/besøgt/i);
      const time = await waitFor(
        () => root.querySelector('ck-comment-thread:not([section])')?.shadowRoot?.querySelector('[part~="time"]'),
        'a comment with its time',
      );
      expect(time.textContent, 'posted moments ago').to.match(/^(nu|for \d+ sekund(er)? siden|for 1 minut siden)$/);
      expect(made).to.deep.equal([]);
    } finally {
      kinds.forEach((kind, i) => ((Intl as unknown as Record<string, unknown>)[kind] = originals[i]));
    }
  });
});
