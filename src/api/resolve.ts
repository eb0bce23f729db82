/**
 * The API base for a widget outside any `<ck-case-api>`, in this order:
 * 1. the widget's own `api` attribute;
 * 2. the page default: `data-api` on the Casekit script tag (any `<script data-api>`),
 *    else `<meta name="casekit-api" content="…">`;
 * 3. the same origin's `/api/v1`.
 * Relative values resolve against the page's address. No trailing slash.
 */
export function resolveApiBase(own?: string | null): string {
  const value =
    own?.trim() ||
    document.querySelector('script[data-api]')?.getAttribute('data-api')?.trim() ||
    document.querySelector('meta[name="casekit-api"]')?.getAttribute('content')?.trim() ||
    '/api/v1';
  return new URL(value, document.baseURI).href.replace(/\/+$/, '');
}
