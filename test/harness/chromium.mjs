import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet as root on a closed network (see TOOLCHAIN.md). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  // web-test-runner runs every test file in one tab, one navigation after another. With these on,
  // Chromium gave each navigation a new renderer process (about two per file: 60 for 28 files),
  // and each paid again for its start and for compiling Lit, chai and the test helpers. Without
  // them the browser step ran in 4 renderers: ~100 instead of ~160 s CPU, 71 instead of ~100 s
  // wall, run alone. Each file still gets a new document (nothing of an earlier file's page stays).
  '--disable-features=ProactivelySwapBrowsingInstance,BackForwardCache,RenderDocument',
];

/** Debian's Chromium, or CHROME_PATH; stops with instructions when neither is there. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    console.error(
      `No Chromium found at ${path}.\n` +
        'Install Debian\'s: sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROME_PATH at a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  return path;
}
