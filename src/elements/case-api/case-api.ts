import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { clientFor } from '../../api/client.js';
import { apiContext } from '../../api/context.js';
import { resolveApiBase } from '../../api/resolve.js';
import { CkElement } from '../../internal/ck-element.js';

/**
 * Holds the API address (and with it one shared client and cache) for every
 * Casekit widget inside it. Put `lang` on it to switch all of them to English.
 * It draws nothing of its own.
 *
 * @tagname ck-case-api
 * @summary Provider: the case API address for every widget inside it.
 *
 * @slot - The widgets that use this API.
 */
export class CkCaseApi extends CkElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url', reflect: true },
  };

  /**
   * The full API base including the version path, e.g. `https://cases.example.dk/api/v1`.
   * Without it, the page default applies (`data-api` on Casekit's own script tag or `setDefaultApiBase()`, else `/api/v1`).
   */
  baseUrl?: string;

  private readonly provider = new ContextProvider(this, { context: apiContext, initialValue: clientFor(resolveApiBase()) });

  override connectedCallback(): void {
    // Before the first update, so widgets inside never start on the page default.
    this.provider.setValue(clientFor(resolveApiBase(this.getAttribute('base-url'))));
    super.connectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl')) this.provider.setValue(clientFor(resolveApiBase(this.baseUrl)));
  }

  /** The client the widgets inside use. */
  get client() {
    return this.provider.value;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
