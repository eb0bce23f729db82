/**
 * Section 1: weight. The bundles as files (min, min+gzip, min+brotli), then
 * what Chromium really fetches for a page with one widget or a whole case,
 * once with the all-in-one casekit.js and once with the per-element entries.
 * The demo server sends files uncompressed, so the bytes of each fetched
 * script are compressed here, as a CDN would send them.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshPage, networkIdle } from './lib/browser.mjs';
import { compressed } from './lib/compress.mjs';
import { info, kb, target } from './lib/report.mjs';
import { HOLSTEBRO } from './lib/site.mjs';

const SECTION = '1 weight';
const LIBRARY_BUDGET = 30 * 1024;
const ONE_CARD_BUDGET = 15 * 1024;

const sizes = (c) => `${kb(c.gzip)} gz · ${kb(c.brotli)} br · ${kb(c.raw)} min`;

/** An entry plus every chunk it imports, transitively: what loading it costs. */
function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) withChunks(join(file, '..', spec), seen);
  return seen;
}

const sum = (list) => list.reduce((a, c) => ({ raw: a.raw + c.raw, gzip: a.gzip + c.gzip, brotli: a.brotli + c.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Lit's own core, measured rather than quoted: LitElement + html + css, minified the way Casekit is. */
async function litCore() {
  const result = await build({
    stdin: { contents: "export { LitElement, html, css } from 'lit';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, conditions: ['production'], target: 'es2021', logLevel: 'silent',
  });
  return compressed(Buffer.from(result.outputFiles[0].contents));
}

/** The scripts a page fetches from /casekit/, as Chromium saw them. */
async function pageScripts(browser, url) {
  const { page, close } = await freshPage(browser);
  const bodies = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && new URL(response.url()).pathname.startsWith('/casekit/')) {
      bodies.push(response.body().then((body) => ({ url: response.url(), body })));
    }
  });
  const idle = networkIdle(page);
  await page.goto(url);
  await idle;
  const files = await Promise.all(bodies);
  await close();
  return { files: files.length, ...sum(files.map((f) => compressed(f.body))) };
}

export async function weightSection({ browser, site }) {
  const rows = [];
  const lib = compressed(readFileSync('dist/casekit.js'));
  const elements = readdirSync('dist/elements').filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, ''));
  const bundled = elements.filter((name) => readFileSync('dist/casekit.js', 'utf8').includes(`"ck-${name}"`));
  const missing = elements.filter((name) => !bundled.includes(name));
  rows.push(target(SECTION, 'dist/casekit.js (all elements + Lit)', sizes(lib), `≤ ${kb(LIBRARY_BUDGET)} gz`, lib.gzip <= LIBRARY_BUDGET,
    `The whole library in one file${missing.length ? ` — but it does not hold ${missing.map((n) => `ck-${n}`).join(', ')} yet` : ''}.`));
  const iife = compressed(readFileSync('dist/casekit.iife.js'));
  rows.push(target(SECTION, 'dist/casekit.iife.js (classic script)', sizes(iife), `≤ ${kb(LIBRARY_BUDGET)} gz`, iife.gzip <= LIBRARY_BUDGET, 'The same library for CMSs that allow only a classic script.'));
  const everything = sum([...new Set(elements.flatMap((name) => [...withChunks(`dist/elements/${name}.js`)]))].map((f) => compressed(readFileSync(f))));
  rows.push(target(SECTION, 'every element entry + chunks, together', sizes(everything), `≤ ${kb(LIBRARY_BUDGET)} gz`, everything.gzip <= LIBRARY_BUDGET,
    'All elements, including those not in casekit.js, loaded as separate files (gzip per file, so a little more than one bundle).'));
  for (const name of elements) {
    const own = compressed(readFileSync(`dist/elements/${name}.js`));
    const files = [...withChunks(`dist/elements/${name}.js`)];
    const total = sum(files.map((f) => compressed(readFileSync(f))));
    rows.push(info(SECTION, `elements/${name}.js: own · with its chunks (${files.length} files)`, `${kb(own.gzip)} gz · ${sizes(total)}`, '', `What ck-${name} costs alone: its own code, and with the shared chunks (Lit, base styles) it imports.`));
  }
  const lit = await litCore();
  rows.push(info(SECTION, 'peer: Lit core (LitElement+html+css, measured)', sizes(lit), 'issue: ~5 KB gz', 'Lit itself, the floor under any Lit widget; the rest of each figure is Casekit.'));

  const pages = [
    ['page with only a ck-contact-box, casekit.js', '/nyheder/plads-til-naervaer.html', null],
    ['page with only a ck-contact-box, elements/contact-box.js', '/bench/contact-box.html', null],
    ['page with only a ck-case-card, casekit.js', '/bench/card-bundle.html', ONE_CARD_BUDGET],
    ['page with only a ck-case-card, elements/case-card.js', '/bench/card.html', ONE_CARD_BUDGET],
    ['full case page (demo), casekit.js', `/case.html?ck-case=${HOLSTEBRO}`, null],
    ['full case page, per-element entries + comment thread', '/bench/case-elements.html', null],
  ];
  for (const [name, path, budget] of pages) {
    if (!existsSync(join('demo', path.split('?')[0])) && !path.startsWith('/bench/')) continue;
    const got = await pageScripts(browser, site.url + path);
    const value = `${sizes(got)} in ${got.files} file${got.files === 1 ? '' : 's'}`;
    const meaning = 'The JavaScript Chromium fetched for this page, compressed as a CDN would send it.';
    rows.push(budget ? target(SECTION, `downloaded: ${name}`, value, `≤ ${kb(budget)} gz`, got.gzip <= budget, meaning) : info(SECTION, `downloaded: ${name}`, value, '', meaning));
  }
  rows.push(info(SECTION, 'peer: Isso comment client', '—', '~20 KB gz (issue)', 'A self-hosted comment widget, for scale against ck-comment-thread.'));
  rows.push(info(SECTION, 'peer: Disqus embed', '—', '226–450 KB, dozens of requests (issue)', 'The usual hosted comment embed, for scale.'));
  return rows;
}
