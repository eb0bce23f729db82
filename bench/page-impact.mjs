/**
 * Section 4: page impact. The demo case page, and a page with every data
 * widget above the fold, each beside the same HTML without the Casekit script
 * tag (served by the bench), loaded alternately in fresh contexts: long tasks
 * over 50 ms, layout shift, largest contentful paint.
 */
import { freshPage, networkIdle } from './lib/browser.mjs';
import { median, ms, target } from './lib/report.mjs';
import { HOLSTEBRO } from './lib/site.mjs';

const SECTION = '4 page impact';

// Runs before any page script: buffered observers see everything from navigation on.
export function observe() {
  const perf = { longTasks: [], shift: 0, lcp: 0 };
  window.__perf = perf;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => perf.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) perf.shift += e.value; })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { perf.lcp = e.startTime; })).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * One load in a fresh context: the observers' figures, how much the widgets
 * show, and the API reads the page made (`GET …/api/v1/…`, with their status:
 * 304 for a conditional one the server answered "not modified").
 */
export async function load(browser, url) {
  const { page, close } = await freshPage(browser);
  await page.addInitScript(observe);
  const reads = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (r.request().method() === 'GET' && url.pathname.startsWith('/api/v1/')) reads.push({ path: url.pathname.slice('/api/v1'.length) + url.search, status: r.status() });
  });
  const idle = networkIdle(page, 500);
  await page.goto(url);
  await idle;
  // A server-rendered widget's code is fetched only after its first paint (the loader waits for it),
  // which on a busy machine can come after a quiet network: wait for the code, then for quiet again.
  const widget = () => { const e = document.querySelector('ck-case-detail, ck-case-card'); return !e || !e.shadowRoot || customElements.get(e.localName) !== undefined; };
  if (!(await page.evaluate(widget))) {
    await page.waitForFunction(widget, null, { timeout: 15_000 }).catch(() => {});
    await networkIdle(page, 500);
  }
  await page.waitForTimeout(300); // let the last paint and its entries land
  const perf = await page.evaluate(() => window.__perf);
  // How much the widgets show (the case, or on the fold page the card): 0 means nothing loaded.
  const rendered = await page.evaluate(() => document.querySelector('ck-case-detail, ck-case-card')?.shadowRoot?.textContent.length ?? 0);
  // Whether the element's own code ran (a server-rendered one shows text before it does).
  const upgraded = await page.evaluate(() => document.querySelector('ck-case-detail, ck-case-card')?.hasUpdated === true);
  await close();
  return { ...perf, rendered, upgraded, reads };
}

/**
 * The same HTML with and without the Casekit script tag, and with the tag plus the
 * reservation a page can add to its own CSS (README, "Pages that do not jump"; see site.mjs).
 */
const PAGES = [
  ['demo case page', `/case.html?ck-case=${HOLSTEBRO}`, `/case-without-casekit.html?ck-case=${HOLSTEBRO}`, `/case-reserved.html?ck-case=${HOLSTEBRO}`],
  ['every data widget above the fold', '/bench/above-fold.html', '/bench/above-fold-without-casekit.html', '/bench/above-fold-reserved.html'],
];

async function pair(browser, site, runs, [name, withPath, withoutPath, reservedPath]) {
  const withCasekit = [];
  const without = [];
  const reserved = [];
  for (let i = 0; i < runs; i++) {
    withCasekit.push(await load(browser, site.url + withPath));
    without.push(await load(browser, site.url + withoutPath));
    reserved.push(await load(browser, site.url + reservedPath));
  }
  if (withCasekit.some((r) => r.rendered === 0)) throw new Error(`${name}: no widget rendered, so the page-impact figures would mean nothing`);
  const longest = (runsOf) => Math.max(0, ...runsOf.flatMap((r) => r.longTasks));
  const count = (runsOf) => median(runsOf.map((r) => r.longTasks.length));
  const shift = (runsOf) => Math.max(...runsOf.map((r) => r.shift));
  const lcp = (runsOf) => median(runsOf.map((r) => r.lcp));
  return [
    target(SECTION, `${name}: long tasks > 50 ms, with Casekit · without`, `${count(withCasekit)} per load (longest ${ms(longest(withCasekit))}) · ${count(without)}`, 'none', count(withCasekit) === 0,
      `Median count over ${runs} loads: main-thread work long enough to delay a click.`),
    target(SECTION, `${name}: cumulative layout shift, with Casekit · without`, `${shift(withCasekit).toFixed(3)} · ${shift(without).toFixed(3)}`, '0 from the widgets', shift(withCasekit) - shift(without) <= 0.001,
      'Worst of the loads: how far content jumps while the widgets load. The browser may paint once before the loader (a module script, deferred) runs; text under an element then moves once when the loader reserves its space.'),
    target(SECTION, `${name}: cumulative layout shift, the page reserving as the README shows · without Casekit`, `${shift(reserved).toFixed(3)} · ${shift(without).toFixed(3)}`, '0 from the widgets', shift(reserved) - shift(without) <= 0.001,
      'The same page with the loader\'s reservation in its own CSS (one stylesheet line per element, README): there before the first paint, so what remains is what the widgets move.'),
    target(SECTION, `${name}: largest contentful paint, with Casekit · without`, `${ms(lcp(withCasekit))} · ${ms(lcp(without))} (+${ms(lcp(withCasekit) - lcp(without))})`, '≤ +150 ms',
      lcp(withCasekit) - lcp(without) <= 150, 'Median LCP; the difference is what Casekit adds before the largest thing on the page is painted.'),
  ];
}

export async function pageImpactSection({ browser, site, quick }) {
  const runs = quick ? 1 : 7;
  const rows = [];
  for (const page of PAGES) rows.push(...(await pair(browser, site, runs, page)));
  return rows;
}
