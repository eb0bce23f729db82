/**
 * Casekit's data layer: one client per API base, one shared request cache per
 * page, and the controllers every widget loads with.
 *
 * Reading (a widget):
 * ```ts
 * import { LoadController, renderLoadError, renderLoading } from '../../api/index.js';
 * static override properties = { api: {} };      // the widget's own `api` attribute
 * api?: string;
 * private readonly load = new LoadController(this, {
 *   select: (client) => (this.caseId ? client.case(this.caseId) : null),
 * });
 * render() {
 *   return this.load.render({
 *     pending: () => renderLoading(lang),
 *     error: (error) => renderLoadError(error, lang, 'Casen kunne ikke hentes.', () => this.load.retry()),
 *     ready: (found) => html`…`,
 *   });
 * }
 * ```
 * Which API a widget uses: the client of a surrounding `<ck-case-api base-url>`
 * (context `Symbol.for('casekit:api')`), else its own `api` attribute, else the
 * page default (`data-api` on Casekit's own script tag, or `setDefaultApiBase()`),
 * else the same origin's `/api/v1`. `new ApiController(this).client` gives it
 * without loading anything.
 *
 * Writing:
 * ```ts
 * try {
 *   const result = await this.api.client.request<CommentPostResponse>('POST', `/cases/${id}/comments`, {
 *     body, signal, lang: this.localize.lang,
 *   });
 *   this.api.client.invalidate(`/cases/${id}/comments`); // shown lists reload, others are dropped
 * } catch (error) {
 *   if (error instanceof ApiError) error.status, error.detail, error.errors, error.retryAfter;
 * }
 * ```
 * Reads (`client.resource(path, query)`, `client.get(path)`) are shared and cached:
 * one in-flight request per path, fresh for 30 s, then served stale and revalidated
 * with `If-None-Match`. GETs retry network failures and 502/503/504 twice with
 * backoff; writes do not retry unless asked (`retries`). Every attempt times out
 * after 10 s. Aborting the `signal` rejects with the signal's reason.
 */
export { ApiController, type ApiHost } from './api-controller.js';
export { CaseApiClient, clientFor, queryString, type ClientOptions, type HttpMethod, type Query, type RequestOptions } from './client.js';
export { apiContext } from './context.js';
export { ApiError, isAbortError, type ApiErrorKind, type FieldError } from './error.js';
export { LoadController, type LoadOptions, type LoadRenderers, type LoadStatus } from './load-controller.js';
export { errorReason, loadStateTerms, renderCodeMissing, renderLoadError } from './load-error.js';
export { loadStateStyles, renderLoading } from './load-state.js';
export { resolveApiBase } from './resolve.js';
export { Resource, type LoadResult, type Loader, type ResourceStatus } from './resource.js';
export type * from './types.js';
