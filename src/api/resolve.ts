import { defaultApiBase } from './page-default.js';

/**
 * The API base for a widget outside any `<ck-case-api>`, in this order:
 * 1. the widget's own `api` attribute;
 * 2. the page default: `data-api` on Casekit's own `<script>` tag (read by the
 *    loader), or what the page's code set with `setDefaultApiBase()`;
 * 3. the same origin's `/api/v1`.
 * Relative values resolve against the page's address. No trailing slash.
 * Other markup is never read: see `page-default.ts`.
 */
export function resolveApiBase(own?: string | null): string {
  const value = own?.trim() || defaultApiBase() || '/api/v1';
  return new URL(value, document.baseURI).href.replace(/\/+$/, '');
}
