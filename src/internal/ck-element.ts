import { isServer, LitElement } from 'lit';

/**
 * The Casekit events and their `detail` types. Elements add theirs with
 * declaration merging:
 * `declare module '../../internal/ck-element.js' { interface CkEventMap { 'ck-x': X } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CkEventMap {}

/** The thin base of every Casekit element: a typed `emit()`. */
export class CkElement extends LitElement {
  override connectedCallback(): void {
    // Server-rendered inside another Casekit element (Lit's renderer marks those
    // `defer-hydration`): the outer element renders it anew, so this copy stays as it is.
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
  }

  /**
   * A server-rendered element arrives with its declarative shadow root filled.
   * It renders anew into that root — within the same task, before the browser
   * paints, and from the data the server inlined — so nothing on screen moves,
   * and no template has to match the server's version (as Lit's hydration needs).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Dispatches a `ck-…` event that bubbles out of shadow roots. Returns false when cancelled. */
  emit<K extends keyof CkEventMap>(name: K, detail: CkEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
