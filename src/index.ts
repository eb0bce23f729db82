/**
 * Casekit from npm: every element, registered. Import this to use them all;
 * `casekit/elements/<name>.js` registers one, `casekit/classes/<name>.js` gives
 * its class without registering it, `casekit/contract` the API's types and
 * vocabularies. (Pages without a bundler paste the loader, `casekit.js`.)
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
export { setDefaultApiBase } from './api/page-default.js';
export type { Lang } from './i18n/localize.js';
