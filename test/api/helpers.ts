import { defaultApiBase } from '../../src/api/page-default.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { waitFor } from '../harness/wait-for.js';

export { waitFor, nextEvent } from '../harness/wait-for.js';

/** The test server's API base (the page default the test runner's page sets). */
export const apiBase = (): string => defaultApiBase()!;

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
): Promise<T> {
  return waitFor(() => host.shadowRoot?.querySelector<T>(selector), `${selector} in <${host.localName}>`);
}

/** A `<dl>`'s entries as "term: value". */
export const definitions = (list: Element | null | undefined): string[] =>
  [...(list?.querySelectorAll('dt') ?? [])].map((dt) => `${textOf(dt)}: ${textOf(dt.nextElementSibling)}`);

let faultOrigin: string | undefined;
let faultBases = 0;

/**
 * The API through the fault server (test/harness/fault-server.mjs), under a path of its
 * own, so the page's client for it starts cold. Widgets given this base meet whatever
 * fault `setFault` sets; with no fault the real API answers.
 */
export async function faultBase(): Promise<string> {
  faultOrigin ??= (await executeServerCommand('fault-origin')) as string;
  return `${faultOrigin}/base-${++faultBases}/api/v1`;
}

export type FaultMode = 'none' | '500' | 'malformed' | 'hang' | 'silent' | 'refuse';

/** Sets the fault server's fault (`refuse`: the API is gone; `silent`: it stops answering; see fault-server.mjs). */
export const setFault = (mode: FaultMode, only: { method?: string; path?: string } = {}): Promise<unknown> =>
  executeServerCommand('fault-set', { mode, ...only });

/** Runs `check` with the fault set, and clears it afterwards whatever happens. */
export async function withFault<T>(mode: FaultMode, check: () => Promise<T>, only: { method?: string; path?: string } = {}): Promise<T> {
  await setFault(mode, only);
  try {
    return await check();
  } finally {
    await setFault('none');
  }
}

/**
 * Runs `check` against a fresh fault-server base whose server refuses every connection, as a
 * stopped API does; `restore` brings the API back (it comes back afterwards in any case, so a
 * failing test never leaves it down). No process is stopped: a restart takes seconds on a busy machine.
 */
export async function whileApiDown(check: (base: string, restore: () => Promise<unknown>) => Promise<void>): Promise<void> {
  const base = await faultBase();
  await withFault('refuse', () => check(base, () => setFault('none')));
}
