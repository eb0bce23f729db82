/**
 * Loads an element's code when the first of its elements in `root` comes near the screen (a
 * screen's height ahead), instead of with the page: a case's rating scales stand far down a
 * long case, and a reader who never scrolls there downloads nothing of them. Until then each
 * such element is an undefined `<tag>` whose place the caller holds in its styles.
 *
 * Called from a host's `updated()`: cheap when the code is there or already asked for. A load
 * that fails (offline) is asked for again at the host's next update that finds one near. `now`:
 * load at once (elements the server rendered, which are on show already and become live with the page).
 */
const asked = new Set<string>();
const watchers = new WeakMap<ParentNode, Map<string, IntersectionObserver>>();

export function loadNearView(root: ParentNode, tag: string, load: () => Promise<unknown>, now = false): void {
  if (asked.has(tag) || customElements.get(tag)) return;
  const elements = root.querySelectorAll(tag);
  if (!elements.length) return;
  const ofRoot = watchers.get(root) ?? watchers.set(root, new Map()).get(root)!;
  const start = () => {
    ofRoot.get(tag)?.disconnect();
    if (asked.has(tag)) return;
    asked.add(tag);
    load().catch((error: unknown) => {
      asked.delete(tag);
      console.error(`Casekit: the code of <${tag}> could not be loaded.`, error);
    });
  };
  if (now || typeof IntersectionObserver === 'undefined') return start();
  let watcher = ofRoot.get(tag);
  if (!watcher) {
    // A screen ahead: the code (one file, its chunks already there) arrives before the reader does.
    watcher = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: '100% 0px' });
    ofRoot.set(tag, watcher);
  }
  for (const element of elements) watcher.observe(element);
}
