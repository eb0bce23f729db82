import { LitElement } from 'lit';

/**
 * The Casekit events and their `detail` types. Elements add theirs with
 * declaration merging:
 * `declare module '../../internal/ck-element.js' { interface CkEventMap { 'ck-x': X } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CkEventMap {}

/** The thin base of every Casekit element: a typed `emit()`. */
export class CkElement extends LitElement {
  /** Dispatches a `ck-…` event that bubbles out of shadow roots. Returns false when cancelled. */
  emit<K extends keyof CkEventMap>(name: K, detail: CkEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
