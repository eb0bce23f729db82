/**
 * Diagnostic (not a bench section): which nodes move on a page while the
 * widgets load. `node --import tsx bench/shift-sources.mjs [path …]` prints
 * each layout shift with its sources (node, rect before → after).
 */
import { freshPage, launchBrowser, networkIdle } from './lib/browser.mjs';
import { HOLSTEBRO, startSite } from './lib/site.mjs';

const paths = process.argv.slice(2);
if (!paths.length) paths.push(`/case.html?ck-case=${HOLSTEBRO}`, '/bench/above-fold.html');
const site = await startSite();
const browser = await launchBrowser();
try {
  for (const path of paths) {
    const { page, close } = await freshPage(browser);
    await page.addInitScript(() => {
      const describe = (node) => {
        if (!node) return '?';
        const parts = [];
        for (let n = node; n && parts.length < 4; n = n.parentNode ?? n.host) {
          if (n.nodeType === 1) parts.unshift(n.localName + (n.id ? `#${n.id}` : '') + (n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : '') + (n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''));
          else if (n.nodeType === 3) parts.unshift('#text');
        }
        return parts.join(' > ');
      };
      const r = (rect) => `${Math.round(rect.y)}+${Math.round(rect.height)}`;
      window.__shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        if (e.hadRecentInput) return;
        window.__shifts.push({ t: Math.round(e.startTime), value: e.value.toFixed(4), sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${r(s.previousRect)} → ${r(s.currentRect)}`) });
      })).observe({ type: 'layout-shift', buffered: true });
    });
    const idle = networkIdle(page, 500);
    await page.goto(site.url + path);
    await idle;
    await page.waitForTimeout(300);
    console.log(`\n${path}`);
    for (const s of await page.evaluate(() => window.__shifts)) {
      console.log(`  ${s.t} ms  ${s.value}`);
      for (const src of s.sources) console.log(`     ${src}`);
    }
    await close();
  }
} finally {
  await browser.close();
  await site.close();
}
