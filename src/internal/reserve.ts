/**
 * The height a data widget holds while it loads, so the page does not jump
 * (CLS) when its code arrives and again when its data does. One table for both
 * moments: the loader reserves it for an element whose code has not arrived
 * yet (`:not(:defined)`, a page-level constructed style sheet), and the
 * element's loading state has the same `min-height` (the `ck-reserve` class
 * on its outermost node), so the first switch moves nothing.
 *
 * The figures are what each widget shows once loaded in the usual case, in
 * `em` (the page's text size reaches the host; a CMS's 62.5 % root would
 * shrink `rem`): a case is longer than a screen, so its detail holds a screen
 * and pushes what follows below the fold once, before the reader sees it; a
 * thread holds its heading, toolbar, form and a few comments. Kept free of
 * imports, as the loader includes it.
 */
export const RESERVED = {
  'ck-case-detail': '100vh',
  'ck-comment-thread': '57em',
  'ck-rating-scale': '24.5em',
  'ck-contact-box': '15.5em',
} as const;

/**
 * The attributes that make each of them load (a detail also loads for `?ck-case=`). The loader
 * also preloads a contact box's read path (its `?` files) only for one that loads.
 */
export const LOADS: Record<string, string> = {
  'ck-case-detail': '[case-id]',
  'ck-comment-thread': '[case-id]:not([section])',
  'ck-rating-scale': '[case-id][question]',
  'ck-contact-box': '[case-id]',
};

/**
 * A card keeps its height after loading too (`--ck-case-card-min-height`,
 * see case-card.styles.ts); the loader reserves the same before its code runs.
 */
export const CARD_HEIGHT = 'var(--ck-case-card-min-height,13em)';
export const COMPACT_CARD_HEIGHT = 'var(--ck-case-card-min-height,10.5em)';

/**
 * The loader's rules for elements whose code has not arrived; `search` is the page's query string.
 * A server-rendered element (its inlined data, `script[data-ck-data]`, is still its child until the
 * code arrives) already shows its content at its real height: it reserves nothing, or a short case
 * would stand in a screen's height and shrink when its code arrived. That exception is a rule of its
 * own, so a browser without `:has()` drops only it and still reserves for the rest.
 */
export function reservationCss(search: string): string {
  const rule = (selector: string, height: string) =>
    `${selector}:not(:defined){display:block;min-height:${height}}${selector}:not(:defined):has(>script[data-ck-data]){min-height:auto}`;
  const rules = Object.entries(LOADS).map(([tag, loads]) => rule(tag + loads, RESERVED[tag as keyof typeof RESERVED]));
  if (new URLSearchParams(search).has('ck-case')) rules.push(rule('ck-case-detail', RESERVED['ck-case-detail']));
  rules.push(rule('ck-case-card[case-id]', CARD_HEIGHT), rule('ck-case-card[case-id][compact]', COMPACT_CARD_HEIGHT));
  return rules.join('');
}
