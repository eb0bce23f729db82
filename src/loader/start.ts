import entries from 'casekit:entries';
import { DEFAULT_API_KEY } from '../api/page-default.js';
import { startEarlyRead } from '../api/early.js';
import { LOADER_KEY, type LoaderSlot } from '../internal/loader-slot.js';
import { LOADS, reservationCss } from '../internal/reserve.js';

/**
 * The pasted script. It finds the `ck-*` elements on the page — now and as they
 * are added later (SPA navigation, a CMS's partial reloads, accordions, open
 * shadow roots it can see, also those a component attaches when its code
 * arrives after ours) — and loads only their code, from its own folder.
 * A page with one contact box downloads the contact box, not the library.
 *
 * Kept tiny on purpose: no Lit, no imports from the elements; what it shares
 * with them (the page's API default, early reads) goes through global slots
 * under registered symbols, so every copy on the page agrees.
 */
type Slots = LoaderSlot & {
  [DEFAULT_API_KEY]?: string;
};

/**
 * @param base the loader's own URL (entries are resolved against it)
 * @param script the loader's own `<script>` tag, whose `data-api` is the page default
 */
export function start(base: string, script: Element | null | undefined): void {
  const slots = globalThis as Slots;
  const api = script?.getAttribute('data-api')?.trim();
  // The first Casekit script tag that names an API sets the page default; nothing else on the page can.
  if (api && !slots[DEFAULT_API_KEY]) slots[DEFAULT_API_KEY] = api;
  // Loaded twice (or as both casekit.js and casekit.iife.js): the first loader does the work.
  if (slots[LOADER_KEY]) return;
  slots[LOADER_KEY] = base;

  // Hold each data widget's space until its code arrives (see reserve.ts). A constructed sheet,
  // not a <style>: a CMS's strict CSP allows it without 'unsafe-inline'.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reservationCss(location.search));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const pending = new Set(Object.keys(entries));
  const preloaded = new Set<string>();

  const load = (element: Element): void => {
    const tag = element.localName;
    const serverRendered = element.shadowRoot !== null;
    pending.delete(tag);
    // An older all-in-one copy of Casekit on the page already defines it: leave it be.
    if (customElements.get(tag)) return;
    // English words (`….en-<hash>.js`) only for an element in English, the read path an element imports
    // on demand (`?…`) only for one that loads; another one fetches its own when it needs them.
    const english = element.matches(':lang(en)');
    // A tag LOADS does not name has no `?` files: its plain tag matches, and nothing is held back.
    const reads = element.matches(tag + (LOADS[tag] ?? ''));
    const [entry, ...chunks] = (entries[tag] ?? [])
      .filter((file) => (english || !/\.en-/.test(file)) && (reads || file[0] !== '?'))
      .map((file) => new URL(file.replace('?', ''), base).href);
    if (!entry) return;
    // Every chunk at once, instead of discovering them one import level at a time.
    const fetchCode = () => {
      for (const href of [entry, ...chunks]) {
        if (preloaded.has(href)) continue;
        preloaded.add(href);
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        document.head.append(link);
      }
      void import(/* @vite-ignore */ entry).catch((error: unknown) =>
        console.error(`Casekit: <${tag}> could not be loaded from ${entry}.`, error),
      );
    };
    // A server-rendered element (its declarative shadow root is there) can be read already: let the
    // browser paint it first, and only then fetch, compile and define its code. This loader runs
    // before DOMContentLoaded, in front of the page's first full layout: starting the downloads
    // here cost main-thread time there, and compiling them competed with the first paint's raster
    // (the page's LCP) for the same cores. Defined at once, its first render would also run before
    // that paint and hold it back.
    if (serverRendered) requestAnimationFrame(() => setTimeout(fetchCode));
    else fetchCode();
  };

  const seenRoots = new WeakSet<Node>();
  const scan = (root: Element | Document | DocumentFragment): void => {
    if (!pending.size) {
      observer.disconnect(); // every element is loaded: nothing left to watch for
      return;
    }
    const self = root instanceof Element ? [root] : [];
    for (const element of [...self.filter((e) => pending.has(e.localName)), ...root.querySelectorAll([...pending].join(','))]) {
      if (!customElements.get(element.localName)) startEarlyRead(element, slots[DEFAULT_API_KEY]);
      load(element);
    }
    // Elements in other components' open shadow roots (Casekit's own import what they use), looked for
    // from the next task: walking every element of a long page is the loader's largest cost of its own.
    setTimeout(() => walkShadowRoots([...self, ...root.querySelectorAll('*')]));
  };
  const walkShadowRoots = (hosts: Element[]): void => {
    for (const host of hosts) {
      const name = host.localName;
      if (name.startsWith('ck-')) continue;
      const shadow = host.shadowRoot;
      if (shadow && !seenRoots.has(shadow)) {
        seenRoots.add(shadow);
        observe(shadow);
        scan(shadow);
      } else if (!shadow && name.includes('-') && !customElements.get(name) && !waiting.has(host)) {
        // A CMS component whose code comes after ours attaches its shadow root when it is
        // defined (upgraded): look again then, and watch that root from there on.
        waiting.add(host);
        void customElements.whenDefined(name).then(() => scan(host));
      }
    }
  };
  const waiting = new WeakSet<Element>();

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true });

  observe(document);
  scan(document);
}
