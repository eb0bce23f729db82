/** Adds a `<script>` for a built bundle, as an editor's snippet would, and waits for it to load. */
export function loadScript(src: string, type?: 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type) script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load; run npm run build first`));
    document.head.append(script);
  });
}
