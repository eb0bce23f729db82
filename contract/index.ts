/**
 * The contract between the case API and its clients: fixed vocabularies and
 * limits as plain constants (no zod, nothing server-side), and every JSON shape
 * as a plain TypeScript type. `server/` and `src/` both import from here; the
 * published package ships it, so a consumer needs only `lit`.
 */
export * from './vocabulary.js';
export * from './case.js';
export type * from './community.js';
export type * from './problem.js';
export type * from './moderation.js';
