/**
 * The page's default API address, as Casekit's own script tag (or the page's
 * code) declares it. Kept in one global slot under a registered symbol so that
 * every copy of Casekit on the page — the loader, the chunks it loads, a second
 * bundle — reads the same value.
 *
 * Only Casekit itself writes it: the loader from `data-api` on its own
 * `<script>` tag, or a page's code through {@link setDefaultApiBase}. Nothing
 * in the page's markup is read (not another vendor's `<script data-api>`, not a
 * `<meta>` slipped into CMS body content), so markup cannot redirect readers'
 * names, e-mails and comments to another server.
 */
export const DEFAULT_API_KEY = Symbol.for('casekit:default-api');

type Slot = { [DEFAULT_API_KEY]?: string };

/**
 * Sets the API address every widget uses when neither its own `api` attribute
 * nor a surrounding `<ck-case-api>` names one. For pages that import Casekit
 * from npm (no script tag to carry `data-api`). The first value set stays:
 * a second copy of Casekit cannot change it under widgets already showing.
 */
export function setDefaultApiBase(url: string): void {
  const slot = globalThis as Slot;
  if (url.trim() && !slot[DEFAULT_API_KEY]) slot[DEFAULT_API_KEY] = url.trim();
}

/** The page default set by the loader or {@link setDefaultApiBase}, if any. */
export function defaultApiBase(): string | undefined {
  return (globalThis as Slot)[DEFAULT_API_KEY];
}
