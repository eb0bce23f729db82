import { freshPage, networkIdle } from './browser.mjs';

/**
 * Runs before any page script: records each largest-contentful-paint candidate (time, size in px²,
 * the element as `parent > child[part=…]`) in `window.__lcp`.
 */
export function observeLcp() {
  const describe = (node) => {
    const parts = [];
    for (let n = node; n && parts.length < 3; n = n.parentNode ?? n.host) {
      if (n.nodeType === 1) parts.unshift(n.localName + (n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''));
    }
    return parts.join(' > ');
  };
  window.__lcp = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => {
    // An element inside a shadow root, or one replaced since, is not named by the entry.
    window.__lcp.push({ t: Math.round(e.startTime), size: e.size, element: e.element ? describe(e.element) : '(in a shadow root, or replaced since)' });
  })).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * One load of `url` in a fresh context, Chromium traced with `categories`, until the network has been
 * quiet for 500 ms and the last paint has landed. The page stays open for questions: call `close()`.
 */
export async function tracedLoad(browser, url, categories) {
  const { page, close } = await freshPage(browser);
  await page.addInitScript(observeLcp);
  await browser.startTracing(page, { categories });
  const idle = networkIdle(page, 500);
  await page.goto(url);
  await idle;
  await page.waitForTimeout(300);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  return { page, close, traceEvents };
}
