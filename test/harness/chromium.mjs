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
