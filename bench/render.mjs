/**
 * Section 3: render. In headless Chromium, the time from data in hand to
 * rendered DOM, Casekit's elements against hand-written DOM code that builds
 * the same markup (bench/pages/render.js), in the same page and run,
 * alternating. The markup of the two is compared so the limit stays honest.
 */
import { freshPage } from './lib/browser.mjs';
import { median, ms, target } from './lib/report.mjs';

const SECTION = '3 render';
const RATIO_LIMIT = 1.5;

/** 100 top-level comments with one reply each on a case: 200 comments, all shown on one page (page-size 100). */
async function seedThread(site, caseId) {
  const api = `${site.url}/api/v1/cases/${encodeURIComponent(caseId)}/comments`;
  const post = async (body) => {
    const res = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`POST comment: ${res.status} ${await res.text()}`);
    return (await res.json()).comment;
  };
  for (let i = 0; i < 100; i++) {
    const top = await post({ authorName: `Læser ${i}`, text: `Kommentar nummer ${i}. Vi har prøvet noget lignende i vores kommune, og det virkede godt for de ældre borgere.`, website: '' });
    await post({ authorName: `Svarer ${i}`, text: `Tak for det, ${i}. Hvordan fik I fat i de frivillige?`, parentId: top.id, website: '' });
  }
}

function summarise(label, result, extra = '') {
  const dom = { lit: median(result.times.lit.map((t) => t.dom)), hand: median(result.times.hand.map((t) => t.dom)) };
  const layout = { lit: median(result.times.lit.map((t) => t.layout)), hand: median(result.times.hand.map((t) => t.layout)) };
  const ratio = dom.lit / dom.hand;
  const same = result.same === true ? 'same markup' : 'MARKUP DIFFERS (see stderr)';
  if (result.same !== true) console.error(`render ${label}: markup differs\n lit:  ${result.same.lit.slice(0, 1500)}\n hand: ${result.same.hand.slice(0, 1500)}`);
  return target(
    SECTION,
    `${label}: Casekit / hand-written DOM`,
    `${ratio.toFixed(2)}× (${ms(dom.lit)} vs ${ms(dom.hand)}; with layout ${ms(layout.lit)} vs ${ms(layout.hand)} = ${(layout.lit / layout.hand).toFixed(2)}×)`,
    `≤ ${RATIO_LIMIT}× · ${same}${extra}`,
    ratio <= RATIO_LIMIT && result.same === true,
    `Median time from data in hand to DOM built (${result.times.lit.length} runs each, alternating); "with layout" adds the style and layout pass.`,
  );
}

export async function renderSection({ browser, site, quick }) {
  const reps = quick ? 2 : 9;
  const rows = [];
  const list = await (await fetch(`${site.url}/api/v1/cases?pageSize=100&sort=title`)).json();
  // One thread per run (see render.js's thread()): the first for the markup, then one per repeat.
  const threadCases = list.items.filter((c) => c.id !== 'faellesskabsportraetter-holstebro').slice(0, reps + 1).map((c) => c.id);
  for (const id of threadCases) await seedThread(site, id);

  const { page, close } = await freshPage(browser);
  try {
    await page.goto(`${site.url}/bench/render.html`);
    await page.evaluate(() => window.ckBench.ready);
    for (const n of [20, 200, 1000]) {
      // 20 cards take 2–4 ms: one garbage collection or timer tick moves a single run by half, so
      // the small list gets five times the runs for a median that holds still (measured: the ratio
      // of 9 runs went from 0.85× to 1.9× between four page loads in a row).
      const runs = n === 1000 ? Math.max(3, Math.ceil(reps / 2)) : n === 20 ? reps * 5 : reps;
      const result = await page.evaluate(([items, count, r]) => window.ckBench.cards(items, count, r), [list.items, n, runs]);
      rows.push(summarise(`${n} cards (.data, no fetch)`, result));
    }
    const result = await page.evaluate(([ids, r]) => window.ckBench.thread(ids, r), [threadCases, reps]);
    rows.push(summarise(`${result.comments}-comment thread`, result, ' · timed from its JSON parsed (no data hook)'));
  } finally {
    await close();
  }
  return rows;
}
