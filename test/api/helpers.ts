import { executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';

/** The test server's API base (from the page's `<meta name="casekit-api">`). */
export const apiBase = (): string => document.querySelector('meta[name="casekit-api"]')!.getAttribute('content')!;

/**
 * The same server under another host name (localhost instead of 127.0.0.1): a
 * separate client and cache, so a test starts cold.
 */
export const freshBase = (): string => apiBase().replace('127.0.0.1', 'localhost');

/** Network requests the page made to exactly this URL (real requests, from Resource Timing). */
export const requestsExactly = (url: string): number =>
  performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;

/** Network requests the page made to URLs containing `fragment` (real requests, from Resource Timing). */
export const requestsTo = (fragment: string): number =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(fragment)).length;

/** Text of a shadow root (or part of it), whitespace collapsed. */
export const textOf = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for a ck- element's shadow root to contain a node matching `selector`. */
export async function shadowSelector<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  timeout = 5000,
): Promise<T> {
  await waitUntil(() => host.shadowRoot?.querySelector(selector), `no ${selector} in <${host.localName}>`, { timeout });
  return host.shadowRoot!.querySelector<T>(selector)!;
}

/** A `<dl>`'s entries as "term: value". */
export const definitions = (list: Element | null | undefined): string[] =>
  [...(list?.querySelectorAll('dt') ?? [])].map((dt) => `${textOf(dt)}: ${textOf(dt.nextElementSibling)}`);

/**
 * Runs `check` with the API server stopped; `restart` brings it back (the server is
 * restarted afterwards in any case, so a failing test never leaves it down).
 */
export async function whileApiStopped(check: (restart: () => Promise<unknown>) => Promise<void>): Promise<void> {
  await executeServerCommand('api-stop');
  try {
    await check(() => executeServerCommand('api-start'));
  } finally {
    await executeServerCommand('api-start');
  }
}
