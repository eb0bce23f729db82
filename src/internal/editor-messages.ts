import { warnOnce, type AttributeCheck, type LoadFailure } from './diagnostics.js';

/**
 * Messages for the web editor, in the browser's console: what is wrong on the
 * page, where (the element and attribute), and the likely fix. One line per
 * problem per page — not one per element, and not one per copy of Casekit
 * when a page loads two (the record of what was said is shared through a
 * global symbol, as the API context is). Loaded by `diagnostics.ts` only when
 * something is wrong.
 */

/** Attributes every element may carry, whatever it is. */
const GLOBAL_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot', 'part', 'title', 'tabindex', 'role',
  'translate', 'inert', 'autofocus', 'exportparts', 'is', 'nonce', 'popover', 'draggable', 'accesskey',
  'defer-hydration', 'contenteditable', 'spellcheck', 'enterkeyhint', 'inputmode', 'itemprop', 'itemscope', 'itemtype', 'itemid', 'itemref',
]);

/** Edits between two short words (for "did you mean"). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known word closest to `word`, when it is close enough to be a typo. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

/**
 * Says what is wrong with an element's attributes: an attribute the element
 * does not have (with the one it probably meant), and a value its check
 * refuses. Each problem is said once per page.
 */
export function explainAttributes(element: HTMLElement, names: ReadonlySet<string>, checks: Record<string, AttributeCheck>): void {
  const tag = element.localName;
  for (const name of element.getAttributeNames()) {
    if (names.has(name) || GLOBAL_ATTRIBUTES.has(name) || /^(aria-|data-|on)/.test(name)) continue;
    const guess = closest(name, names);
    warnOnce(
      `attr:${tag}:${name}`,
      `<${tag}> has no attribute "${name}"; it is ignored.${guess ? ` Did you mean "${guess}"?` : ` Its attributes are: ${[...names].join(', ')}.`}`,
    );
  }
  for (const [name, check] of Object.entries(checks)) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const problem = check(value.trim(), closest);
    if (problem) warnOnce(`value:${tag}:${name}:${value}`, `<${tag} ${name}="${value}">: the value ${problem}.`);
  }
}

/** Where an element's API address came from, as the editor wrote it (see `resolveApiBase`). */
export function apiSource(element: Element): string {
  const own = element.getAttribute('api');
  if (own?.trim()) return `api="${own}" on <${element.localName}>`;
  for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node instanceof Element && node.localName === 'ck-case-api') return `base-url="${node.getAttribute('base-url') ?? ''}" on <ck-case-api>`;
  }
  const script = document.querySelector('script[data-api]');
  if (script) return `data-api="${script.getAttribute('data-api')}" on the Casekit <script>`;
  const meta = document.querySelector('meta[name="casekit-api"]');
  if (meta) return `<meta name="casekit-api" content="${meta.getAttribute('content')}">`;
  return 'no API address (so the default /api/v1 on this site)';
}

const EXAMPLE = 'https://cases.example.dk/api/v1';

/**
 * Tells the editor, once per page and problem, why a widget could not load:
 * a wrong API address (naming the attribute and its value), an address that
 * does not answer, or a case id that does not exist — with the likely fix.
 * The reader sees the plain-Danish message on the page; this is for the
 * person who can fix it.
 */
export function reportLoadFailure(element: Element, base: string, error: LoadFailure, caseId?: string): void {
  const tag = `<${element.localName}>`;
  const source = apiSource(element);
  if (error.kind === 'not-api') {
    warnOnce(
      `not-api:${base}`,
      `${tag}: ${source} does not answer like a Casekit API (${error.url ?? base} answered ${error.status || 'a web page'} without Casekit's JSON). ` +
        `Set it to the API's full address including the version, e.g. data-api="${EXAMPLE}".`,
    );
  } else if (error.kind === 'network' || error.kind === 'timeout') {
    warnOnce(
      `unreachable:${base}`,
      `${tag}: no answer from ${source}. If the address is right, the case server is down, or it does not allow this site ` +
        `(its ALLOWED_ORIGINS must include ${location.origin}).`,
    );
  } else if (error.problemCode === 'case-not-found' && caseId) {
    warnOnce(
      `case-not-found:${base}:${caseId}`,
      `${tag}: there is no published case "${caseId}" on ${base}. Check case-id: it is the last part of the case's address ` +
        `(…/cases/faellesskabsportraetter-holstebro) — the API address itself works.`,
    );
  }
}
