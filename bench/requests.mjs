/**
 * Section 2: requests. Chromium loads three pages and every request is
 * recorded: how many reach the API, whether any API resource is fetched
 * twice, whether a list fetches per card, and how many origins are involved.
 */
import { freshPage, networkIdle } from './lib/browser.mjs';
import { info, target } from './lib/report.mjs';
import { HOLSTEBRO } from './lib/site.mjs';

const SECTION = '2 requests';

async function record(browser, url) {
  const { page, close } = await freshPage(browser);
  const requests = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url(), type: request.resourceType() }));
  const idle = networkIdle(page, 500);
  await page.goto(url);
  await idle;
  await close();
  const api = requests.filter((r) => new URL(r.url).pathname.startsWith('/api/'));
  const keys = api.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);
  const duplicates = [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))];
  // The same resource read under two query strings (two widgets asking for differently sized
  // pages of one thread) is the same data fetched twice, too. Writes (POST) are not reads.
  const reads = keys.filter((key) => key.startsWith('GET ')).map((key) => key.replace(/\?.*/, ''));
  const reread = [...new Set(reads.filter((key, i) => reads.indexOf(key) !== i))];
  return {
    total: requests.length,
    scripts: requests.filter((r) => r.type === 'script').length,
    api: keys,
    duplicates,
    reread,
    origins: new Set(requests.map((r) => new URL(r.url).origin)).size,
  };
}

/** "GET /cases/{id} ×1, GET /cases/{id}/ratings ×4": the API requests, ids and queries folded. */
function listPaths(keys) {
  const counts = new Map();
  for (const key of keys) {
    const short = key.replace('/api/v1', '').replace(/\/cases\/[^/?]+/, '/cases/{id}').replace(/\?.*/, '?…');
    counts.set(short, (counts.get(short) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
}

export async function requestsSection({ browser, site }) {
  const rows = [];
  const pages = [
    ['demo case page', `/case.html?ck-case=${HOLSTEBRO}`],
    ['ten widgets on one case', '/bench/ten-widgets.html'],
    ['list of 20 cards', '/bench/list-20.html'],
  ];
  for (const [name, path] of pages) {
    const got = await record(browser, site.url + path);
    const perCard = got.api.filter((k) => /^GET \/api\/v1\/cases\/[^/?]+(\?|$)/.test(k)).length;
    const ok = got.duplicates.length === 0 && got.reread.length === 0 && got.origins <= 2 && (name.startsWith('list') ? perCard === 0 : true);
    rows.push(target(
      SECTION,
      `${name}: API requests · all requests · origins`,
      `${got.api.length} API (${listPaths(got.api)}) · ${got.total} in all, ${got.scripts} scripts · ${got.origins} origin${got.origins === 1 ? '' : 's'}${got.duplicates.length ? ` · same URL more than once: ${got.duplicates.map((k) => `${k.replace('/api/v1', '')} ×${got.api.filter((x) => x === k).length}`).join(', ')}` : ''}${got.reread.length ? ` · same resource under other queries: ${got.reread.map((k) => k.replace('/api/v1', '')).join(', ')}` : ''}`,
      name.startsWith('list') ? 'one search, 0 per card, ≤ 2 origins' : 'each API resource once, ≤ 2 origins',
      ok,
      'Every request Chromium made for the page (same-origin demo: page, bundles and API on one origin).',
    ));
  }
  rows.push(info(SECTION, 'peer: Disqus embed', '—', 'dozens of requests, several origins (issue)', 'For scale.'));
  return rows;
}
