/**
 * Diagnostic (not a bench section): where the demo case page's time goes with Casekit.
 * `node --import tsx bench/page-trace.mjs [loads] [path]` loads the page (default: the demo
 * case page; `/bench/above-fold.html` for the fold page) in fresh contexts, Chromium traced,
 * and prints per load: the request waterfall (start → end, ms from navigation), each main-thread
 * task over 50 ms with what filled it (module evaluation, a script's functions, style, layout,
 * paint, parse; thread time), first contentful paint and the LCP candidates.
 */
import { launchBrowser } from './lib/browser.mjs';
import { tracedLoad } from './lib/trace.mjs';
import { HOLSTEBRO, startSite } from './lib/site.mjs';

const loads = Number(process.argv[2] ?? 1);
const path = process.argv[3] ?? `/case.html?ck-case=${HOLSTEBRO}`;
/** Tasks listed: longer than this (wall ms, default the long-task limit), or busy for half of it (thread time: on a busy machine wall time is mostly waiting). */
const over = Number(process.argv[4] ?? 50);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'v8', 'v8.execute', 'toplevel', 'blink.user_timing'];
/** Trace event name → what it is called here. */
const KINDS = {
  ParseHTML: 'parse',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  'v8.compileModule': 'compile',
  'v8.compile': 'compile',
  'v8.evaluateModule': 'evaluate',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'microtasks',
  'V8.GC_SCAVENGER': 'gc',
  MajorGC: 'gc',
  MinorGC: 'gc',
};

/** Self time per kind inside one top-level task (nested events counted once, at the innermost kind). */
function breakdown(events, task) {
  const inside = events
    .filter((e) => e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task && KINDS[e.name])
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = {};
  const detail = [];
  // Self time: an event's duration minus its classified children's.
  for (const e of inside) {
    const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur);
    // Only direct children (not grandchildren) are subtracted.
    const direct = children.filter((c) => !children.some((p) => p !== c && c.ts >= p.ts && c.ts + c.dur <= p.ts + p.dur));
    const self = (e.dur - direct.reduce((s, c) => s + c.dur, 0)) / 1000;
    const kind = KINDS[e.name];
    out[kind] = (out[kind] ?? 0) + self;
    if (e.dur > 5000 && (kind === 'evaluate' || kind === 'script' || kind === 'layout' || kind === 'style' || kind === 'compile')) {
      const where = e.args?.data?.url ?? e.args?.data?.functionName ?? e.args?.data?.frame ?? '';
      detail.push(`${kind} ${(e.dur / 1000).toFixed(0)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(0)})${where ? ` ${String(where).replace(/^.*\//, '')}` : ''}${e.args?.data?.elementCount ? ` (${e.args.data.elementCount} elements)` : ''}`);
    }
  }
  return { out, detail };
}

const site = await startSite();
const browser = await launchBrowser();
try {
  for (let i = 0; i < loads; i++) {
    const { page, close, traceEvents } = await tracedLoad(browser, site.url + path, CATEGORIES);
    const { lcp, fcp, timing } = await page.evaluate(() => ({
      lcp: window.__lcp,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      timing: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, init: e.initiatorType })),
    }));
    await close();
    console.log(`\n=== load ${i + 1}: ${path}  FCP ${Math.round(fcp)} ms`);
    for (const e of lcp) console.log(`  LCP candidate ${e.t} ms  ${e.size} px²  ${e.element}`);
    // The trace names the node of each candidate, also one in a shadow root.
    for (const e of traceEvents.filter((e) => e.name === 'largestContentfulPaint::Candidate')) {
      const d = e.args?.data ?? {};
      console.log(`  traced candidate: ${d.type} ${d.nodeName ?? ''} ${d.size} px²${d.nodeId ? ` node ${d.nodeId}` : ''}`);
    }
    console.log('  requests (ms from navigation start):');
    for (const t of timing.sort((a, b) => a.start - b.start)) {
      console.log(`    ${t.start.toFixed(0).padStart(5)} → ${t.end.toFixed(0).padStart(5)}  ${t.init.padEnd(6)} ${t.name.replace(site.url, '')}`);
    }
    const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.includes(path.split('?')[0]));
    const commit = traceEvents.find((e) => e.name === 'CommitLoad' && e.args?.data?.url?.includes(path.split('?')[0]));
    const zero = nav?.ts ?? commit?.ts ?? 0;
    const tasks = traceEvents.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && commit && e.pid === commit.pid && e.tid === commit.tid && (e.dur > over * 1000 || (e.tdur ?? 0) > (over / 2) * 1000) && e.ts >= (commit?.ts ?? 0));
    console.log(`  main-thread tasks over ${over} ms: ${tasks.length}`);
    for (const t of tasks) {
      const { out, detail } = breakdown(traceEvents, t);
      console.log(`    at ${((t.ts - zero) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(0)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(0)}): ${Object.entries(out).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
      for (const d of detail) console.log(`      ${d}`);
    }
  }
} finally {
  await browser.close();
  await site.close();
}
