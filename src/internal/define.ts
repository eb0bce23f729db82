import { LOADER_KEY, type LoaderSlot } from './loader-slot.js';

const warnedTags = new Set<string>();

/**
 * Registers a custom element without ever throwing. A CMS page can easily load
 * Casekit twice (the ESM bundle and the classic script, or two versions), and
 * `customElements.define` throws on the second call for a name. So: define when
 * the name is free, do nothing when this very class already holds it, and warn
 * once when another definition (another copy of Casekit) holds it.
 */
export function define(tag: string, elementClass: CustomElementConstructor): void {
  if ((globalThis as LoaderSlot)[LOADER_KEY]) {
    // Each definition in a task of its own, after the code's evaluation: a definition upgrades the
    // page's elements of that tag and renders them, and five widgets' first renders plus the
    // evaluation in one task held the main thread over 50 ms. An element not yet defined keeps the
    // space the loader reserved for it (`:not(:defined)`), so waiting moves nothing. Modules
    // evaluate their imports first, so an element is defined after the ones it shows.
    pending = pending.then(() => new Promise<void>((resolve) => setTimeout(resolve))).then(() => defineNow(tag, elementClass));
    return;
  }
  defineNow(tag, elementClass);
}

// The loader's slot (loader-slot.ts) is set when the page's Casekit code comes through the pasted
// loader; without it (an app's bundle, the npm build, tests) elements are defined at once.
let pending: Promise<void> = Promise.resolve();

function defineNow(tag: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, elementClass);
    return;
  }
  if (existing === elementClass || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `Casekit: <${tag}> is already defined by another copy of Casekit on this page; that definition is kept. ` +
      'Load Casekit once (either casekit.js or casekit.iife.js) to avoid this.',
  );
}
