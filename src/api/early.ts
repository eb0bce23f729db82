/**
 * Early reads: the loader starts a widget's first request while the widget's
 * code is still downloading, and the client takes the answer instead of asking
 * again. Only reads the loader can foresee exactly and that carry nothing
 * private: the case of a `ck-case-detail` (its `case-id`, or the page's `?ck-case=`) or a
 * standalone `ck-case-card`.
 * Kept free of imports, as the loader includes it.
 */
export const EARLY_KEY = Symbol.for('casekit:early-reads');

/** An early read not taken within this time is dropped (the client asks afresh). */
const FRESH_MS = 30_000;

interface EarlyRead {
  at: number;
  response: Promise<Response>;
  /**
   * The answer's body, read as soon as it came (while the code still downloads). Without its ETag:
   * the loader has 2 KB, and the ETag only spares a body when the case is read again after maxAge.
   */
  value?: unknown;
}

export interface EarlyAnswer {
  value: unknown;
  /** When it was asked for. */
  at: number;
}

type Slot = { [EARLY_KEY]?: Map<string, EarlyRead> };

/** The API base an element will use, as `ApiController` resolves it: provider, own `api`, page default, same origin. */
function baseFor(element: Element, pageDefault: string | undefined): string {
  const value =
    element.closest('ck-case-api')?.getAttribute('base-url')?.trim() ||
    element.getAttribute('api')?.trim() ||
    pageDefault ||
    '/api/v1';
  return new URL(value, document.baseURI).href.replace(/\/+$/, '');
}

/** Starts the first read of `element` if it is one the loader can foresee. */
export function startEarlyRead(element: Element, pageDefault: string | undefined): void {
  if (element.localName !== 'ck-case-detail' && element.localName !== 'ck-case-card') return;
  // Server-rendered: its data came inlined (see inline-data.ts).
  if (element.querySelector(':scope>script[data-ck-data]')) return;
  // A detail without `case-id` shows the page's `?ck-case=` (where cards link by default), as the demo's case page does.
  const id =
    element.getAttribute('case-id')?.trim() ||
    (element.localName === 'ck-case-detail' ? new URLSearchParams(location.search).get('ck-case') : undefined);
  if (!id) return;
  const url = `${baseFor(element, pageDefault)}/cases/${encodeURIComponent(id)}`;
  const reads = ((globalThis as Slot)[EARLY_KEY] ??= new Map());
  if (reads.has(url)) return;
  const response = fetch(url, { headers: { Accept: 'application/json' } });
  const read: EarlyRead = { at: Date.now(), response };
  // Read at once, so an element whose code comes after the answer shows the case in its first
  // render (see takeEarlyAnswers) instead of its loading state first; kept to few bytes, as the
  // loader has 2 KB. A failure is the client's to report, when it asks.
  response
    .then(async (r) => {
      if (r.ok) read.value = await r.clone().json();
    })
    .catch(() => undefined);
  reads.set(url, read);
}

/** The early answers already read for the API at `base`, by path (`/cases/x`), taken once. */
export function takeEarlyAnswers(base: string): [string, EarlyAnswer][] {
  const reads = (globalThis as Slot)[EARLY_KEY];
  const taken: [string, EarlyAnswer][] = [];
  for (const [url, read] of reads ?? []) {
    if (read.value === undefined || !url.startsWith(`${base}/`) || Date.now() - read.at >= FRESH_MS) continue;
    reads!.delete(url);
    taken.push([url.slice(base.length), { value: read.value, at: read.at }]);
  }
  return taken;
}

/** The early answer for a GET of `url`, once; undefined when there is none (or it is old). */
export function takeEarlyRead(url: string): Promise<Response> | undefined {
  const reads = (globalThis as Slot)[EARLY_KEY];
  const read = reads?.get(url);
  if (!read) return undefined;
  reads!.delete(url);
  return Date.now() - read.at < FRESH_MS ? read.response : undefined;
}
