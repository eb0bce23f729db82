/**
 * `npm run bench` — every Casekit benchmark in one run, one table.
 *
 *   npm run bench                      full run (10,000 cases, PGlite and PostgreSQL; several minutes)
 *   npm run bench -- --quick           about a minute: fewer repeats, 1,000 cases, PGlite only
 *   npm run bench -- --only weight,api sections to run (weight, requests, render, page, ssr, api, cluster)
 *   npm run bench -- --no-build        use dist/ as it is
 *   npm run bench -- --markdown FILE   also write the table as Markdown (bench/RESULTS.md takes it)
 *
 * PostgreSQL: BENCH_DATABASE_URL=postgres://… (a database is created and
 * dropped in it), else a throwaway PostgreSQL 15 cluster is started in /tmp
 * when Debian's binaries are there, and stopped at the end.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { apiSection } from './api.mjs';
import { clusterSection } from './cluster.mjs';
import { embedImpactSection } from './embed-impact.mjs';
import { pageImpactSection } from './page-impact.mjs';
import { renderSection } from './render.mjs';
import { requestsSection } from './requests.mjs';
import { weightSection } from './weight.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { ensureBuild } from './lib/build.mjs';
import { describeMachine, machine } from './lib/machine.mjs';
import { markdownTable, textTable } from './lib/report.mjs';
import { startSite } from './lib/site.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    markdown: { type: 'string' },
  },
});
const quick = values.quick;
const wanted = new Set((values.only ?? 'weight,requests,render,page,ssr,api,cluster').split(',').map((s) => s.trim()));

const BROWSER_SECTIONS = [
  ['weight', weightSection],
  ['requests', requestsSection],
  ['render', renderSection],
  ['page', pageImpactSection],
  ['ssr', embedImpactSection],
];

const host = machine();
console.error(`bench: ${describeMachine(host)}${quick ? ' · --quick' : ''}`);
const startedAt = Date.now();
const rows = [];
const failed = [];

ensureBuild({ skip: values['no-build'] });

if (BROWSER_SECTIONS.some(([name]) => wanted.has(name))) {
  const site = await startSite();
  const browser = await launchBrowser();
  try {
    for (const [name, section] of BROWSER_SECTIONS) {
      if (!wanted.has(name)) continue;
      const t = Date.now();
      try {
        rows.push(...(await section({ browser, site, quick })));
      } catch (error) {
        // One broken section must not hide the others' figures.
        failed.push(name);
        console.error(`bench: section ${name} failed:`, error);
      }
      console.error(`bench: ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

if (wanted.has('api')) {
  const t = Date.now();
  try {
    rows.push(...(await apiSection({ quick })));
  } catch (error) {
    failed.push('api');
    console.error('bench: section api failed:', error);
  }
  console.error(`bench: api done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

if (wanted.has('cluster')) {
  const t = Date.now();
  try {
    rows.push(...(await clusterSection({ quick })));
  } catch (error) {
    failed.push('cluster');
    console.error('bench: section cluster failed:', error);
  }
  console.error(`bench: cluster done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const took = `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;
console.log(`\nCasekit bench${quick ? ' (--quick)' : ''} — ${describeMachine(host)} — took ${took}\n`);
console.log(textTable(rows));
const missed = rows.filter((r) => r.status === 'MISSED').length;
const met = rows.filter((r) => r.status === 'met').length;
console.log(`\ntargets: ${met} met, ${missed} missed${failed.length ? ` · sections that failed: ${failed.join(', ')}` : ''}`);

if (values.markdown) {
  writeFileSync(values.markdown, `<!-- bench:table -->\nRun: ${describeMachine(host)}${quick ? ' · --quick' : ''} · took ${took}\n\n${markdownTable(rows)}\n<!-- /bench:table -->\n`);
  console.error(`bench: table written to ${values.markdown}`);
}
// A benchmark reports; it does not fail the build on a missed target. Only a broken section is an error.
process.exitCode = failed.length ? 1 : 0;
