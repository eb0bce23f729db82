import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/harness/chromium.mjs';

/** Debian's Chromium (or CHROME_PATH) through playwright-core; never a downloaded browser. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A fresh context per measurement: empty cache, no service worker, nothing shared between runs. */
export async function freshPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** Waits until the page's network has been quiet (no request in flight) for `quietMs`. */
export function networkIdle(page, quietMs = 300, timeoutMs = 15_000) {
  return new Promise((resolve) => {
    let inFlight = 0;
    let timer;
    const done = () => {
      page.off('request', onRequest);
      page.off('requestfinished', onEnd);
      page.off('requestfailed', onEnd);
      clearTimeout(limit);
      resolve();
    };
    const arm = () => {
      clearTimeout(timer);
      if (inFlight === 0) timer = setTimeout(done, quietMs);
    };
    const onRequest = () => {
      inFlight++;
      clearTimeout(timer);
    };
    const onEnd = () => {
      inFlight = Math.max(0, inFlight - 1);
      arm();
    };
    const limit = setTimeout(done, timeoutMs);
    page.on('request', onRequest);
    page.on('requestfinished', onEnd);
    page.on('requestfailed', onEnd);
    arm();
  });
}
