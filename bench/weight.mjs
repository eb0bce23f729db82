/**
 * Section 1: weight. The loader and the elements as files (min, min+gzip,
 * min+brotli), then what Chromium really fetches for a page with one widget, a
 * list or a whole case — each page pasting only the loader, as editors do.
 * The demo server sends files uncompressed, so the bytes of each fetched
 * script are compressed here, as a CDN would send them.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshPage, networkIdle } from './lib/browser.mjs';
import { compressed } from './lib/compress.mjs';
import { info, kb, target } from './lib/report.mjs';
import { HOLSTEBRO } from './lib/site.mjs';

const SECTION = '1 weight';
const LOADER_BUDGET = 2 * 1024;
const LIBRARY_BUDGET = 30 * 1024;

const sizes = (c) => `${kb(c.gzip)} gz · ${kb(c.brotli)} br · ${kb(c.raw)} min`;

const sum = (list) => list.reduce((a, c) => ({ raw: a.raw + c.raw, gzip: a.gzip + c.gzip, brotli: a.brotli + c.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/**
 * The loader's map: tag → [entry, …chunks it imports], as the build wrote it into casekit.js.
 * A file the element imports only when it loads data (`?…`, a contact box's read path) is
 * counted with it: each tag's figure is the element as it reads its case.
 */
function loaderEntries() {
  const source = readFileSync('dist/casekit.js', 'utf8');
  const map = source.match(/=(\{"ck-[^;]*?\]\})/);
  if (!map) throw new Error('dist/casekit.js holds no element map: is it the loader?');
  const entries = JSON.parse(map[1]);
  for (const tag of Object.keys(entries)) entries[tag] = entries[tag].map((file) => file.replace(/^\?/, ''));
  return entries;
}

/** Lit's own core, measured rather than quoted: LitElement + html + css, minified the way Casekit is. */
async function litCore() {
  const result = await build({
    stdin: { contents: "export { LitElement, html, css } from 'lit';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, conditions: ['production'], target: 'es2021', logLevel: 'silent',
  });
  return compressed(Buffer.from(result.outputFiles[0].contents));
}

/**
 * The scripts a page fetches from /casekit/, as Chromium saw them. `scroll`: then the reader scrolls
 * to the end of the page, a screen at a time, so code that comes as its elements near the screen
 * (a case's rating scales and related cases) is counted too.
 */
async function pageScripts(browser, url, { scroll = false } = {}) {
  const { page, close } = await freshPage(browser);
  const bodies = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && new URL(response.url()).pathname.startsWith('/casekit/')) {
      // A body still arriving when the page closes is lost (null), never an unhandled error.
      bodies.push(response.body().then((body) => ({ url: response.url(), body }), () => null));
    }
  });
  const idle = networkIdle(page);
  await page.goto(url);
  await idle;
  // The loader fetches after it has run: on a busy machine that can be after a quiet spell.
  await page.waitForFunction(() => [...document.querySelectorAll('*')].every((e) => !e.localName.startsWith('ck-') || customElements.get(e.localName)));
  await networkIdle(page);
  if (scroll) {
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 900) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await networkIdle(page);
    }
  }
  let seen = -1;
  while (seen !== bodies.length) {
    seen = bodies.length;
    await Promise.all(bodies);
  }
  const files = (await Promise.all(bodies)).filter(Boolean);
  await close();
  // The elements' own files (their entries, without the shared chunks, Lit and the loader).
  const own = sum(files.filter((f) => new URL(f.url).pathname.startsWith('/casekit/elements/')).map((f) => compressed(f.body)));
  return { files: files.length, own: own.gzip, ...sum(files.map((f) => compressed(f.body))) };
}

export async function weightSection({ browser, site }) {
  const rows = [];
  const loader = compressed(readFileSync('dist/casekit.js'));
  rows.push(target(SECTION, 'dist/casekit.js: the loader an editor pastes', sizes(loader), `≤ ${kb(LOADER_BUDGET)} gz`, loader.gzip <= LOADER_BUDGET,
    'Finds the ck-* elements on the page and loads only their code; the only file whose name stays between versions.'));
  const iife = compressed(readFileSync('dist/casekit.iife.js'));
  rows.push(target(SECTION, 'dist/casekit.iife.js: the loader as a classic script', sizes(iife), `≤ ${kb(LOADER_BUDGET)} gz`, iife.gzip <= LOADER_BUDGET, 'The same loader for CMSs that allow only a classic script.'));
  const entries = loaderEntries();
  // A tag's English words (`….en-<hash>.js`) load only on a page in English: counted apart.
  const isEnglish = (file) => /\.en-[\w-]+\.js$/.test(file);
  const english = [...new Set(Object.values(entries).flat().filter(isEnglish))];
  for (const tag of Object.keys(entries)) entries[tag] = entries[tag].filter((file) => !isEnglish(file));
  const allFiles = [...new Set(Object.values(entries).flat())];
  const everything = sum(allFiles.map((f) => compressed(readFileSync(join('dist', f)))));
  rows.push(target(SECTION, `every element: entries + chunks (${allFiles.length} files)`, sizes(everything), `≤ ${kb(LIBRARY_BUDGET)} gz`, everything.gzip <= LIBRARY_BUDGET,
    'All eight elements as the CDN serves them (gzip per file, so a little more than one bundle).'));
  const englishWords = sum(english.map((f) => compressed(readFileSync(join('dist', f)))));
  rows.push(info(SECTION, `every element's English words (${english.length} files)`, sizes(englishWords), '',
    'Loaded only for an element in English (a page or element with lang="en"); a Danish page never downloads them.'));
  for (const [tag, files] of Object.entries(entries)) {
    const own = compressed(readFileSync(join('dist', files[0])));
    const total = sum(files.map((f) => compressed(readFileSync(join('dist', f)))));
    rows.push(info(SECTION, `<${tag}>: own · with its chunks (${files.length} files)`, `${kb(own.gzip)} gz · ${sizes(total)}`, '', `What ${tag} costs alone: its entry, and with the shared chunks (Lit, base styles, data layer) it imports.`));
  }
  const lit = await litCore();
  rows.push(info(SECTION, 'peer: Lit core (LitElement+html+css, measured)', sizes(lit), 'issue: ~5 KB gz', 'Lit itself, the floor under any Lit widget; the rest of each figure is Casekit.'));

  // Every page pastes the loader; the figure is all JavaScript Chromium fetched (loader included).
  const pages = [
    ['page with only a ck-contact-box (news article)', '/nyheder/plads-til-naervaer.html', 10 * 1024],
    ['page with only a ck-case-card', '/bench/card.html', 12 * 1024],
    ['page with a 20-card ck-case-list', '/bench/list-20.html', 20 * 1024],
    ['full case page (demo)', `/case.html?ck-case=${HOLSTEBRO}`, 35 * 1024],
    ['full case page (demo), scrolled to the end', `/case.html?ck-case=${HOLSTEBRO}`, undefined, { scroll: true }],
    ['full case page in English (demo)', `/en-case.html?ck-case=${HOLSTEBRO}`, undefined],
  ];
  for (const [name, path, budget, options] of pages) {
    const got = await pageScripts(browser, site.url + path, options);
    const value = `${sizes(got)} in ${got.files} file${got.files === 1 ? '' : 's'} · elements' own ${kb(got.own)} gz`;
    const means =
      'The JavaScript Chromium fetched for this page, compressed as a CDN would send it. ' +
      `Of it: the loader ${kb(loader.gzip)}, the elements' own files ${kb(got.own)}; the rest is the shared chunks (Lit ${kb(lit.gzip)} and Casekit's shared code). ` +
      'Without any shared Casekit code the page could not go below loader + Lit + its own files.';
    if (options?.scroll) rows.push(info(SECTION, `downloaded: ${name}`, value, '', `${means} With what comes as the reader nears it (the rating scales' code).`));
    else if (budget === undefined) rows.push(info(SECTION, `downloaded: ${name}`, value, '', `${means} The Danish page plus the English words.`));
    else rows.push(target(SECTION, `downloaded: ${name}`, value, `≤ ${kb(budget)} gz`, got.gzip <= budget, means));
  }
  rows.push(info(SECTION, 'peer: Isso comment client', '—', '~20 KB gz (issue)', 'A self-hosted comment widget, for scale against ck-comment-thread.'));
  rows.push(info(SECTION, 'peer: Disqus embed', '—', '226–450 KB, dozens of requests (issue)', 'The usual hosted comment embed, for scale.'));
  return rows;
}
