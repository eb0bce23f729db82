import type { CaseApiClient } from './client.js';

/**
 * The data a server-rendered element carries, so that it shows its content at
 * once and asks the API nothing on its first load. The server writes it as a
 * child of the element:
 *
 * ```html
 * <ck-case-detail case-id="x"><template shadowrootmode="open">…</template
 *   ><script type="application/json" data-ck-data>{"base":"https://…/api/v1","entries":{"/cases/x":{"value":{…},"etag":"W/\"…\""}}}</script
 * ></ck-case-detail>
 * ```
 *
 * `entries` are keyed as the client keys its cache (path and query after the base).
 * A `type="application/json"` script never runs, so it needs no CSP allowance.
 */
export interface InlineData {
  /** The API base the server read from. */
  base: string;
  /**
   * When the server read the answers (ISO 8601). HTML pasted into a CMS (oEmbed)
   * keeps its data from paste time: answers older than the client's `maxAge` are
   * shown at once and revalidated with their ETag (304 when unchanged).
   */
  at?: string;
  entries: Record<string, { value: unknown; etag?: string }>;
}

export const INLINE_DATA_SELECTOR = ':scope > script[type="application/json"][data-ck-data]';

/**
 * Puts an element's inlined data in its client's shared cache (once: the script is
 * removed). Only when the client's base is the one the server read from — data for
 * another API never stands in for this one. Unreadable data is ignored; the
 * element then loads as usual.
 */
export function adoptInlineData(host: Element, clientOf: () => CaseApiClient): void {
  const script = host.querySelector(INLINE_DATA_SELECTOR);
  if (!script) return;
  script.remove();
  const client = clientOf();
  let data: InlineData;
  try {
    data = JSON.parse(script.textContent ?? '') as InlineData;
    if (new URL(data.base, document.baseURI).href.replace(/\/+$/, '') !== client.baseUrl) return;
  } catch {
    return;
  }
  // Without a time (a server from before it was written) the answers count as just read.
  const at = Date.parse(data.at ?? '');
  for (const [key, entry] of Object.entries(data.entries ?? {})) {
    const resource = client.resource(key);
    if (resource.value === undefined && entry?.value !== undefined) resource.set(entry.value, entry.etag, Number.isNaN(at) ? undefined : at);
  }
}
