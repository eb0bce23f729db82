/**
 * Casekit: every element, registered. Import this (or load `casekit.js` /
 * `casekit.iife.js`) to use them all; import `casekit/elements/<name>.js` for one.
 */
export * from './elements/case-api/register.js';
export * from './elements/case-card/register.js';
export * from './elements/case-list/register.js';
export * from './elements/case-detail/register.js';
export * from './elements/contact-box/register.js';
export * from './elements/rating-scale/register.js';
export * from './elements/comment-thread/register.js';
export * from './elements/case-form/register.js';
export { define } from './internal/define.js';
export { ApiError, CaseApiClient, clientFor, resolveApiBase } from './api/index.js';
export type { Lang } from './i18n/localize.js';
