const warnedTags = new Set<string>();

/**
 * Registers a custom element without ever throwing. A CMS page can easily load
 * Casekit twice (the ESM bundle and the classic script, or two versions), and
 * `customElements.define` throws on the second call for a name. So: define when
 * the name is free, do nothing when this very class already holds it, and warn
 * once when another definition (another copy of Casekit) holds it.
 */
export function define(tag: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, elementClass);
    return;
  }
  if (existing === elementClass || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `Casekit: <${tag}> is already defined by another copy of Casekit on this page; that definition is kept. ` +
      'Load Casekit once (either casekit.js or casekit.iife.js) to avoid this.',
  );
}
