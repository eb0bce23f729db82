/**
 * Casekit: every element, registered. Import this (or load `casekit.js` /
 * `casekit.iife.js`) to use them all; import `casekit/elements/<name>.js` for one.
 */
export * from './elements/contact-box/register.js';
export * from './elements/rating-scale/register.js';
export { define } from './internal/define.js';
export type { Lang } from './i18n/localize.js';
