/**
 * Loads an element's code when the first of its elements in `root` comes near the screen (a
 * screen's height ahead), instead of with the page: a case's rating scales stand far down a
 * long case, and a reader who never scrolls there downloads nothing of them. Until then each
 * such element is an undefined `<tag>` whose place the caller holds in its styles.
 *
 * Called from a host's `updated()`: cheap when the code is there or already asked for. A load
 * that fails (offline) is asked for again when the host next renders a new one near. `now`:
 * load at once (elements the server rendered, which are on show already and become live with the page).
 * `failed`: told when the code could not be fetched, so the host can say so on the page.
 */
const asked = new Set<string>();
const watched = new WeakSet<Element>();

export function loadNearView(root: ParentNode, tag: string, load: () => Promise<unknown>, now = false, failed?: () => void): void {
  if (asked.has(tag) || customElements.get(tag)) return;
  const fresh = [...root.querySelectorAll(tag)].filter((element) => !watched.has(element));
  const start = () => {
    if (asked.has(tag)) return;
    asked.add(tag);
    load().catch((error: unknown) => {
      asked.delete(tag);
      for (const element of fresh) watched.delete(element);
      console.error(`Casekit: the code of <${tag}> could not be loaded.`, error);
      failed?.();
    });
  };
  if (!fresh.length) return;
  if (now) return start();
  for (const element of fresh) watched.add(element);
  whenNear(fresh, start);
}

/**
 * Calls `then` once, when the first of `elements` comes within a screen's height of the view — a
 * screen ahead, so code fetched then (one file, its chunks already there) arrives before the
 * reader does; at once where there is no IntersectionObserver. Returns what stops the watching.
 */
export function whenNear(elements: Element[], then: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    then();
    return () => undefined;
  }
  const watcher = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      watcher.disconnect();
      then();
    },
    { rootMargin: '100% 0px' },
  );
  for (const element of elements) watcher.observe(element);
  return () => watcher.disconnect();
}
