/**
 * Section 4: page impact. The demo case page and the same HTML without the
 * Casekit script tag (served by the bench), loaded alternately in fresh
 * contexts: long tasks over 50 ms, layout shift, largest contentful paint.
 */
import { freshPage, networkIdle } from './lib/browser.mjs';
import { info, median, ms, target } from './lib/report.mjs';
import { HOLSTEBRO } from './lib/site.mjs';

const SECTION = '4 page impact';

// Runs before any page script: buffered observers see everything from navigation on.
function observe() {
  const perf = { longTasks: [], shift: 0, lcp: 0 };
  window.__perf = perf;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => perf.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) perf.shift += e.value; })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { perf.lcp = e.startTime; })).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function load(browser, url) {
  const { page, close } = await freshPage(browser);
  await page.addInitScript(observe);
  const idle = networkIdle(page, 500);
  await page.goto(url);
  await idle;
  await page.waitForTimeout(300); // let the last paint and its entries land
  const perf = await page.evaluate(() => window.__perf);
  const rendered = await page.evaluate(() => document.querySelector('ck-case-detail')?.shadowRoot?.textContent.length ?? 0);
  await close();
  return { ...perf, rendered };
}

export async function pageImpactSection({ browser, site, quick }) {
  const runs = quick ? 1 : 7;
  const withCasekit = [];
  const without = [];
  for (let i = 0; i < runs; i++) {
    withCasekit.push(await load(browser, `${site.url}/case.html?ck-case=${HOLSTEBRO}`));
    without.push(await load(browser, `${site.url}/case-without-casekit.html?ck-case=${HOLSTEBRO}`));
  }
  if (withCasekit.some((r) => r.rendered === 0)) throw new Error('the case page rendered no case: the page-impact figures would mean nothing');
  const longest = (runsOf) => Math.max(0, ...runsOf.flatMap((r) => r.longTasks));
  const count = (runsOf) => median(runsOf.map((r) => r.longTasks.length));
  const shift = (runsOf) => Math.max(...runsOf.map((r) => r.shift));
  const lcp = (runsOf) => median(runsOf.map((r) => r.lcp));
  return [
    target(SECTION, 'long tasks > 50 ms: with Casekit · without', `${count(withCasekit)} per load (longest ${ms(longest(withCasekit))}) · ${count(without)}`, 'none', count(withCasekit) === 0,
      `Median count over ${runs} loads: main-thread work long enough to delay a click.`),
    target(SECTION, 'cumulative layout shift: with Casekit · without', `${shift(withCasekit).toFixed(3)} · ${shift(without).toFixed(3)}`, '0 from the widgets', shift(withCasekit) - shift(without) <= 0.001,
      'Worst of the loads: how far content jumps while the widgets load.'),
    info(SECTION, 'largest contentful paint: with Casekit · without', `${ms(lcp(withCasekit))} · ${ms(lcp(without))} (+${ms(lcp(withCasekit) - lcp(without))})`, 'difference as small as possible',
      'Median LCP; the difference is what Casekit adds before the largest thing on the page is painted.'),
  ];
}
