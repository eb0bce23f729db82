/**
 * Editor diagnostics, the part every page carries: cheap checks that find out
 * whether anything is wrong. The messages themselves — "did you mean", where
 * the API address came from, the likely fix — are in `editor-messages.ts`,
 * loaded only when there is something to say (a correct page never downloads it).
 */
const SAID = Symbol.for('casekit:diagnostics');

type Global = typeof globalThis & { [SAID]?: Set<string> };

/** Warns once per `key` on this page. Returns false when it was already said. */
export function warnOnce(key: string, message: string): boolean {
  const global = globalThis as Global;
  const said = (global[SAID] ??= new Set<string>());
  if (said.has(key)) return false;
  said.add(key);
  console.warn(`Casekit: ${message}`);
  return true;
}

/** What a failed load tells the editor's console message (an `ApiError`'s fields). */
export interface LoadFailure {
  kind: string;
  status: number;
  url?: string;
  problemCode?: string;
}

/** The known word closest to `word` when it is close enough to be a typo (given when the message is written). */
export type Guess = (word: string, known: Iterable<string>) => string | undefined;

/**
 * A check of one attribute's value: undefined when fine, else what is wrong and
 * what to write. `guess` is there only when the message is shown, so finding
 * out *whether* a value is wrong costs no spelling distance.
 */
export type AttributeCheck = (value: string, guess?: Guess) => string | undefined;

/** `value` must be one of `allowed`. */
export const oneOf =
  (allowed: readonly string[]): AttributeCheck =>
  (value, guess) => {
    if (allowed.includes(value)) return undefined;
    const likely = guess?.(value, allowed);
    return `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}${likely ? ` — did you mean "${likely}"?` : ''}`;
  };

/** `value` must be a whole number from `min` to `max`. */
export const wholeNumber =
  (min: number, max: number): AttributeCheck =>
  (value) =>
    /^\s*\d+\s*$/.test(value) && Number(value) >= min && Number(value) <= max ? undefined : `must be a whole number from ${min} to ${max}`;

/** `heading-level`: 1–6. */
export const headingLevelCheck = wholeNumber(1, 6);

/** Attributes that need no look in the full list of global attributes (`editor-messages.ts` has it). */
const SURELY_FINE = /^(aria-|data-|on)|^(id|class|style|lang|dir|hidden|slot|part|title|role|tabindex|defer-hydration)$/;

const messages = () => import('./editor-messages.js');

/**
 * Looks at an element's attributes once it is on the page; when one is not the
 * element's or a value fails its check, the messages are loaded and say, once
 * per page, what is wrong and what was probably meant.
 */
export function checkAttributes(element: HTMLElement, known: Iterable<string>, checks: Record<string, AttributeCheck> = {}): void {
  const names = new Set(known);
  const suspect =
    element.getAttributeNames().some((name) => !names.has(name) && !SURELY_FINE.test(name)) ||
    Object.entries(checks).some(([name, check]) => {
      const value = element.getAttribute(name);
      return value !== null && check(value.trim()) !== undefined;
    });
  if (suspect) void messages().then((m) => m.explainAttributes(element, names, checks));
}

/**
 * Tells the editor, once per page and problem, why a widget could not load (see
 * `editor-messages.ts`). The reader sees the plain-Danish message on the page at once;
 * this console line follows when its words have loaded.
 */
export function reportLoadFailure(element: Element, base: string, error: LoadFailure, caseId?: string): void {
  void messages().then((m) => m.reportLoadFailure(element, base, error, caseId));
}
