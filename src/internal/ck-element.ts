import { isServer, LitElement } from 'lit';
import { englishReady, resolveLang } from '../i18n/localize.js';
import { checkAttributes, type AttributeCheck } from './diagnostics.js';

/**
 * The Casekit events and their `detail` types. Elements add theirs with
 * declaration merging:
 * `declare module '../../internal/ck-element.js' { interface CkEventMap { 'ck-x': X } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CkEventMap {}

/**
 * The thin base of every Casekit element: a typed `emit()`, and a look at the
 * editor's attributes when the element reaches the page (unknown or misspelled
 * names, values the element cannot use), told once in the console.
 */
export class CkElement extends LitElement {
  /** Checks of attribute values, per attribute name (see `diagnostics.ts`). @internal */
  static attributeChecks: Record<string, AttributeCheck> = {};

  override connectedCallback(): void {
    // Server-rendered inside another Casekit element (Lit's renderer marks those
    // `defer-hydration`): the outer element renders it anew, so this copy stays as it is.
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
    const type = this.constructor as typeof CkElement;
    checkAttributes(this, type.observedAttributes, type.attributeChecks);
  }

  /** What the server rendered into the declarative shadow root, replaced by the first render. */
  private serverRendered?: ChildNode[];

  /** Arrived server-rendered (its content was on the page before its code). @internal */
  fromServer = false;

  /**
   * A server-rendered element arrives with its declarative shadow root filled.
   * It renders anew into that root — the server's nodes go in the same task as
   * the first render, before the browser paints, and from the data the server
   * inlined — so nothing on screen moves, and no template has to match the
   * server's version (as Lit's hydration needs).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const served = !isServer && this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    if (served.length) {
      this.serverRendered = served;
      this.fromServer = true;
      // Lit renders before the root's first node: after the server's nodes, which the first render removes.
      this.renderOptions.renderBefore = served.at(-1)!.nextSibling;
    }
    return root;
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    if (this.serverRendered) {
      for (const node of this.serverRendered) node.remove();
      this.serverRendered = undefined;
    }
    super.update(changed);
  }

  /** An element in English waits for the English words (loaded only then) before it renders. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const english = isServer || resolveLang(this) !== 'en' ? undefined : englishReady();
    return english ? english.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Dispatches a `ck-…` event that bubbles out of shadow roots. Returns false when cancelled. */
  emit<K extends keyof CkEventMap>(name: K, detail: CkEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
