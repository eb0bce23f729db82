/**
 * Section 5: server-rendered vs client-rendered embed. The demo case page three
 * ways, loaded in turn in fresh contexts (same run, same page, same CSS, same
 * loader tag): without Casekit; with the client-rendered `ck-case-detail` the
 * editor pastes today; and with the same element rendered by the server
 * (declarative shadow DOM, data inlined — what the oEmbed embed and the
 * server's own case pages send). The server-rendered page is rendered afresh
 * before each of its loads, as a CMS that includes it on each request would;
 * a fourth figure loads one rendered two minutes earlier, as a CMS that stored
 * the oEmbed HTML at paste time holds it.
 *
 * A fifth page is the reference for what the case's text costs by itself: the
 * server-rendered page flattened to plain HTML (no shadow roots, no Casekit
 * styles, no script) — the case pasted into the CMS as text. The page without
 * Casekit shows no case at all, so part of any embed's LCP over it is simply
 * laying out and painting the case. A sixth is that plain HTML with sections
 * off screen skipped as the element skips them (content-visibility): the floor
 * for anything that shows the case's first screen.
 *
 * Figures: LCP (median), layout shift (worst load), the API reads the page made
 * once its HTML had arrived (a server-rendered element hydrates from its
 * inlined data: none when fresh, one conditional read when older than 30 s).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderElement } from '../server/render/render.ts';
import { load } from './page-impact.mjs';
import { info, median, ms, target } from './lib/report.mjs';
import { HOLSTEBRO } from './lib/site.mjs';

const SECTION = '5 server-rendered embed';
/** The element exactly as demo/case.html has it, with the case named instead of read from the address. */
const ELEMENT = /<ck-case-detail heading-level="1" href-template="\/case\.html\?ck-case=\{id\}"><\/ck-case-detail>/;

/**
 * Writes `/case-ssr.html`: demo/case.html with its `ck-case-detail` rendered by the server.
 * `ageMs` dates the inlined data back, as HTML a CMS stored that long ago would be (the element
 * judges its data's age by the `at` it was inlined with).
 */
export async function writeServerRendered(site, file, { ageMs = 0 } = {}) {
  const page = readFileSync(join(site.root, 'case.html'), 'utf8');
  if (!ELEMENT.test(page)) throw new Error('demo/case.html: the ck-case-detail the bench replaces has changed');
  const rendered = await renderElement(
    { tag: 'ck-case-detail', attributes: { 'heading-level': '1', 'href-template': '/case.html?ck-case={id}', 'case-id': HOLSTEBRO } },
    {
      // The same base the loader gives the client (`data-api="/api/v1"`), so the inlined data is adopted.
      apiBase: `${site.url}/api/v1`,
      fetch: (request) => fetch(request),
      pageUrl: `${site.url}/case.html`,
      lang: 'da',
    },
  );
  let html = rendered.html;
  if (ageMs) {
    const data = html.match(/<script type="application\/json" data-ck-data>([\s\S]*?)<\/script>/);
    if (!data) throw new Error('the server-rendered element carries no inlined data to date back');
    const { at } = JSON.parse(data[1]);
    html = html.replace(`"at":"${at}"`, `"at":"${new Date(Date.parse(at) - ageMs).toISOString()}"`);
  }
  writeFileSync(join(site.root, file), page.replace(ELEMENT, () => html));
  return Buffer.byteLength(rendered.html);
}

/**
 * The server-rendered page as plain HTML: the same text and structure, without shadow roots, Casekit
 * styles or script. With `lazy`, one rule of the page's own lets sections off screen skip layout and
 * paint as the element's do (content-visibility): what the text costs when only the first screen is drawn.
 */
export function writePlain(site, from, file, { lazy = false } = {}) {
  let html = readFileSync(join(site.root, from), 'utf8')
    .replace(/<template shadowroot[^>]*>|<\/template>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script type="application\/json" data-ck-data>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<script[^>]*casekit[^>]*><\/script>/, '');
  if (lazy) html = html.replace('</head>', '<style>article section{content-visibility:auto;contain-intrinsic-size:auto 20em}</style></head>');
  writeFileSync(join(site.root, file), html);
}

export async function embedImpactSection({ browser, site, quick }) {
  const runs = quick ? 1 : 7;
  const without = [];
  const client = [];
  const server = [];
  const plain = [];
  const plainLazy = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    without.push(await load(browser, `${site.url}/case-without-casekit.html?ck-case=${HOLSTEBRO}`));
    client.push(await load(browser, `${site.url}/case.html?ck-case=${HOLSTEBRO}`));
    bytes = await writeServerRendered(site, 'case-ssr.html');
    server.push(await load(browser, `${site.url}/case-ssr.html`));
    writePlain(site, 'case-ssr.html', 'case-plain.html');
    plain.push(await load(browser, `${site.url}/case-plain.html`));
    writePlain(site, 'case-ssr.html', 'case-plain-lazy.html', { lazy: true });
    plainLazy.push(await load(browser, `${site.url}/case-plain-lazy.html`));
  }
  if ([...client, ...server].some((r) => r.rendered === 0 || !r.upgraded)) {
    throw new Error('a Casekit page did not render or hydrate its case, so the figures would mean nothing');
  }
  // A pasted embed: rendered 2 minutes ago (past the 30 s an inlined answer counts as fresh).
  await writeServerRendered(site, 'case-ssr-pasted.html', { ageMs: 120_000 });
  const pasted = await load(browser, `${site.url}/case-ssr-pasted.html`);

  const lcp = (loads) => median(loads.map((r) => r.lcp));
  /** A difference with its sign: +12.0 ms, −84.0 ms. */
  const delta = (d) => `${d < 0 ? '−' : '+'}${ms(Math.abs(d))}`;
  const shift = (loads) => Math.max(...loads.map((r) => r.shift));
  const reads = (loads) => median(loads.map((r) => r.reads.length));
  const base = lcp(without);
  const readsOf = (r) => (r.reads.length ? r.reads.map(({ path, status }) => `${path.replace(HOLSTEBRO, '{id}').replace(/\?.*/, '?…')} ${status}`).join(', ') : 'none');
  const paths = pasted.reads.map((r) => r.path);
  return [
    info(SECTION, 'demo case page: LCP without Casekit · client-rendered · server-rendered', `${ms(base)} · ${ms(lcp(client))} · ${ms(lcp(server))}`, '',
      `Median of ${runs} loads each, alternating; the same page, CSS and loader tag.`),
    info(SECTION, 'LCP: the same case as plain HTML (no shadow DOM, no Casekit CSS or script)', `${ms(lcp(plain))} (${delta(lcp(plain) - base)}; server-rendered vs it: ${delta(lcp(server) - lcp(plain))})`, '',
      'What painting the case’s text costs by itself over a page with no case; the rest of the server-rendered figure is what Casekit adds.'),
    info(SECTION, 'LCP: the same plain HTML, sections off screen skipped as the element skips them', `${ms(lcp(plainLazy))} (${delta(lcp(plainLazy) - base)}; server-rendered vs it: ${delta(lcp(server) - lcp(plainLazy))})`, '',
      'The case’s first screen as text: the floor for any embed that shows it. The server-rendered figure over it is Casekit’s own cost (shadow roots, styles, loader).'),
    target(SECTION, 'LCP: server-rendered embed vs the page without Casekit', `${delta(lcp(server) - base)} (client-rendered: ${delta(lcp(client) - base)})`, '≤ +50 ms',
      lcp(server) - base <= 50, 'What the server-rendered widget adds before the largest thing is painted; the client-rendered figure beside it is the same run.'),
    target(SECTION, 'layout shift: server-rendered · client-rendered · without', `${shift(server).toFixed(3)} · ${shift(client).toFixed(3)} · ${shift(without).toFixed(3)}`, '0 at hydration',
      shift(server) <= shift(without) + 0.001, 'Worst of the loads: the server-rendered case must not move when its script takes over.'),
    target(SECTION, 'API reads after the HTML: server-rendered · client-rendered', `${reads(server)} · ${reads(client)} per load (median)`, '0 for inlined data',
      server.every((r) => r.reads.length === 0), 'A server-rendered element hydrates from the data inlined in it: no second request.'),
    info(SECTION, 'server-rendered ck-case-detail: HTML bytes', `${(bytes / 1024).toFixed(1)} KB raw`, '',
      'The element with its declarative shadow roots, styles and inlined data, as written into the page.'),
    target(SECTION, 'embed pasted 2 min before the load: API reads', readsOf(pasted), 'each inlined answer once, 304',
      paths.length > 0 && new Set(paths).size === paths.length && pasted.reads.every((r) => r.status === 304),
      'Inlined data older than 30 s is revalidated once per answer with its ETag (304: nothing changed), without moving the content.'),
    target(SECTION, 'embed pasted 2 min before the load: layout shift', pasted.shift.toFixed(3), '0', pasted.shift === 0,
      'The pasted case shows at once and stays in place while it is revalidated.'),
  ];
}
