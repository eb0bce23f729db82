/**
 * The global slot the pasted loader (src/loader/start.ts) fills with its own address, under a
 * registered symbol so that every copy of Casekit on the page sees it: the loader reads it to stay
 * harmless when loaded twice, and `define()` to tell that the page's code came through the loader.
 * Kept free of imports, as the loader includes it.
 */
export const LOADER_KEY = Symbol.for('casekit:loader');

export type LoaderSlot = { [LOADER_KEY]?: string };
