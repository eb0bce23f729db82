/**
 * Watches a test page for anything hostile text could make happen: payloads
 * call `window.__xss(id)` (or `alert`, `confirm`, `prompt`); injected elements
 * fail to load (`error` events), trip Trusted Types (enforced here, as the
 * demo's CSP does), or show up as `<script>`, `<iframe>`, `<object>`,
 * `<embed>` or `on…` attributes in the document or any shadow root.
 *
 * Import this module before the elements, so every shadow root is watched from
 * its creation.
 */

declare global {
  interface Window {
    __xss?: (id?: unknown) => void;
  }
}

export interface Findings {
  executed: string[];
  errors: string[];
  violations: string[];
  injected: string[];
  rejections: string[];
}

const findings: Findings = { executed: [], errors: [], violations: [], injected: [], rejections: [] };

window.__xss = (id?: unknown) => findings.executed.push(`__xss(${String(id ?? '')})`);
for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
  (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    findings.executed.push(`${name}(${args.map(String).join(', ')})`);
    return null;
  };
}

// Capture phase: failed <img>/<script> loads do not bubble, but the window sees them first (in the
// document; inside a shadow root the event stays there, and `__xss` and the `on…` check catch it).
window.addEventListener(
  'error',
  (event) => {
    const target = event.target as Element | null;
    findings.errors.push(target && target !== (window as unknown) ? `<${target.localName}> failed to load` : String((event as ErrorEvent).message));
  },
  true,
);
window.addEventListener('unhandledrejection', (event) => findings.rejections.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) => findings.violations.push(`${event.violatedDirective}: ${event.sample}`));

// What a careful municipality's CSP adds (see server/demo/site.ts): every HTML sink needs a Trusted Type.
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = "require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";
document.head.prepend(csp);

const DANGEROUS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'form', 'foreignobject']);

function inspect(node: Node): void {
  if (!(node instanceof Element)) return;
  for (const element of [node, ...node.querySelectorAll('*')]) {
    if (DANGEROUS.has(element.localName) && element !== csp) findings.injected.push(`<${element.localName}> inserted`);
    for (const attribute of element.getAttributeNames()) {
      if (attribute.toLowerCase().startsWith('on')) findings.injected.push(`${attribute} on <${element.localName}>`);
    }
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'attributes' && record.attributeName?.toLowerCase().startsWith('on')) {
      findings.injected.push(`${record.attributeName} set on <${(record.target as Element).localName}>`);
    }
    record.addedNodes.forEach(inspect);
  }
});
const watch = (root: Node) => observer.observe(root, { childList: true, subtree: true, attributes: true });
watch(document);
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  watch(root);
  return root;
};

/**
 * The forms the widgets render legitimately (search, comment, follow and case
 * forms) are made by Casekit's own templates, not by text: allow `<form>` only
 * where a Casekit template puts it, i.e. with a `part`.
 */
function isCasekitForm(element: Element): boolean {
  return element.localName === 'form' && element.hasAttribute('part');
}

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: Document | ShadowRoot | Element = document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'srcdoc', 'to', 'values', 'from'];

/** Links and sources whose scheme could run script or carry a document: `javascript:`, `data:`, `vbscript:`. */
export function unsafeUrls(): string[] {
  const bad: string[] = [];
  for (const root of [document, ...shadowRoots()]) {
    for (const element of root.querySelectorAll('*')) {
      for (const name of URL_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        // Browsers skip control characters and whitespace in a scheme ("java\tscript:"), so does this check.
        // eslint-disable-next-line no-control-regex -- control characters are what this strips
        const scheme = value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
        if (name === 'srcdoc' || /^(javascript|data|vbscript|livescript|mocha):/.test(scheme)) {
          bad.push(`<${element.localName} ${name}="${value}">`);
        }
      }
    }
  }
  return bad;
}

/** Elements no Casekit template makes, found anywhere now (also those inserted before this module watched). */
export function injectedNow(): string[] {
  const bad: string[] = [];
  for (const root of shadowRoots()) {
    for (const element of root.querySelectorAll('*')) {
      if (DANGEROUS.has(element.localName) && !isCasekitForm(element)) bad.push(`<${element.localName}> in <${(root.host as Element).localName}>`);
      for (const attribute of element.getAttributeNames()) {
        if (attribute.toLowerCase().startsWith('on')) bad.push(`${attribute} on <${element.localName}>`);
      }
    }
  }
  return bad;
}

/** What happened since the last takeFindings(), without forgetting it (for waiting on a finding). */
export const peekFindings = (): Readonly<Findings> => findings;

/**
 * Resolves once an `<img src=x>` of the test's own, made now, has failed to load: an `<img src=x>`
 * that hostile text injected earlier would have fired its onerror by then. A barrier, not a sleep:
 * on a busy machine it simply comes later.
 */
export async function afterFailedImageLoads(): Promise<void> {
  await new Promise((resolve) => {
    const img = new Image();
    img.onerror = img.onload = resolve;
    img.src = `x?barrier=${Math.random()}`;
  });
  // Handlers of loads that failed before ours ran in earlier tasks; one more task for good measure.
  await new Promise((resolve) => setTimeout(resolve));
}

/** What happened since the last call (and forgets it). */
export function takeFindings(): Findings {
  const taken: Findings = {
    executed: findings.executed.splice(0),
    errors: findings.errors.splice(0),
    violations: findings.violations.splice(0),
    // Casekit's own forms are made by its templates, and they are fine.
    injected: findings.injected.splice(0).filter((entry) => entry !== '<form> inserted'),
    rejections: findings.rejections.splice(0),
  };
  return taken;
}

/** A node's text with the text of every shadow root inside it (what a reader can read). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  let text = '';
  if (node instanceof Element && node.shadowRoot) text += deepText(node.shadowRoot);
  if (node instanceof HTMLTemplateElement || node instanceof HTMLStyleElement) return text;
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

/** Text compared without whitespace: line breaks become paragraphs, and the server trims fields. */
/** Text without whitespace, and without the bidi controls the widgets and the API take out of readers' text. */
export const squeeze = (text: string): string => text.replace(/[\s\u202A-\u202E\u2066-\u2069]+/g, '');
