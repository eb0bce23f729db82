/**
 * Diagnostic (not a bench section): where the LCP of section 5's pages goes.
 * `node --import tsx bench/lcp-sources.mjs [loads]` loads the demo case page
 * without Casekit, server-rendered, and as plain HTML (alternating, fresh
 * contexts, Chromium traced) and prints per load: each LCP candidate (element,
 * size in px², time) and first contentful paint, then — as medians — the CPU
 * time (thread time, so it means something on a busy machine too) the page's
 * main thread spent before the LCP frame by phase (parse, style, layout,
 * paint, script), and the raster threads' time. Wall time on a busy 2-core
 * machine is several times the CPU time; the CPU figures say what a change saves.
 */
import { launchBrowser } from './lib/browser.mjs';
import { tracedLoad } from './lib/trace.mjs';
import { median } from './lib/report.mjs';
import { HOLSTEBRO, startSite } from './lib/site.mjs';
import { writePlain, writeServerRendered } from './embed-impact.mjs';

const loads = Number(process.argv[2] ?? 3);
const VARIANTS = [
  ['without Casekit', `/case-without-casekit.html?ck-case=${HOLSTEBRO}`],
  ['server-rendered', '/case-ssr.html'],
  ['plain HTML', '/case-plain.html'],
];
/** Main-thread phases (trace event names) and what they are called here. */
const PHASES = { ParseHTML: 'parse', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', 'v8.evaluateModule': 'script', FunctionCall: 'script', EvaluateScript: 'script' };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'v8', 'toplevel', 'cc'];

/** CPU (thread) time per phase on the page's main thread, and raster, from navigation to the last LCP candidate. */
function cpuBeforeLcp(traceEvents, path) {
  const commit = traceEvents.find((e) => e.name === 'CommitLoad' && e.args?.data?.url?.includes(path.split('?')[0]));
  if (!commit) return {};
  const lcp = traceEvents.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.pid === commit.pid).at(-1);
  const until = lcp?.ts ?? Infinity;
  const cpu = { main: 0, raster: 0 };
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.ts < commit.ts || e.ts > until) continue;
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.name === 'RasterTask') cpu.raster += ms;
    else if (e.pid === commit.pid && e.tid === commit.tid) {
      // Top-level tasks sum to the main thread's whole time; phases are counted where they occur.
      if (e.name === 'ThreadControllerImpl::RunTask') cpu.main += ms;
      const phase = PHASES[e.name];
      if (phase) cpu[phase] = (cpu[phase] ?? 0) + ms;
    }
  }
  return cpu;
}

const site = await startSite();
const browser = await launchBrowser();
try {
  const figures = Object.fromEntries(VARIANTS.map(([name]) => [name, []]));
  for (let i = 0; i < loads; i++) {
    await writeServerRendered(site, 'case-ssr.html');
    writePlain(site, 'case-ssr.html', 'case-plain.html');
    for (const [name, path] of VARIANTS) {
      const { page, close, traceEvents } = await tracedLoad(browser, site.url + path, CATEGORIES);
      const { lcp, fcp } = await page.evaluate(() => ({
        lcp: window.__lcp,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      await close();
      const cpu = cpuBeforeLcp(traceEvents, path);
      figures[name].push({ lcp: lcp.at(-1)?.t ?? NaN, fcp, ...cpu });
      console.log(`${name} (load ${i + 1}): FCP ${Math.round(fcp)} ms · CPU before LCP: ${Object.entries(cpu).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
      for (const e of lcp) console.log(`  LCP candidate ${e.t} ms  ${e.size} px²  ${e.element}`);
    }
  }
  console.log('\nmedians (ms; CPU = thread time before the LCP frame)');
  for (const [name] of VARIANTS) {
    const rows = figures[name];
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    console.log(`  ${name.padEnd(16)} ${keys.map((k) => `${k} ${median(rows.map((r) => r[k] ?? 0)).toFixed(0)}`).join(' · ')}`);
  }
} finally {
  await browser.close();
  await site.close();
}
