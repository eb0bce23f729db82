/**
 * Loads every story of the built Storybook (storybook-static/) in headless
 * Chromium and checks what a developer would notice: it renders something, the
 * console shows no error, and axe finds no WCAG 2.1 AA violation.
 * Run by `npm test` after `npm run build-storybook`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { register } from 'tsx/esm/api';
import { chromiumArgs, chromiumPath } from '../harness/chromium.mjs';
import { serveFolder } from '../harness/static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

// The argument tables, as .storybook/preview.ts builds them from the manifest: what a developer
// reads on each element's docs page.
register();
const { argTypesFor } = await import('../../.storybook/arg-types.ts');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const INTERNAL = ['localize', 'load', 'binding', 'internals', 'apiController', 'uiLang', 'terms', 'localizeTerms', 'answerLabels', 'bound'];
const tableProblems = [];
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
for (const tag of tags) {
  const rows = Object.entries(argTypesFor(tag, manifest));
  if (!rows.length) tableProblems.push(`${tag}: no argument table`);
  for (const [key, row] of rows) {
    if (INTERNAL.includes(key) || (key === 'client' && tag !== 'ck-case-api')) tableProblems.push(`${tag}: internal member "${key}" in the table`);
    const category = row.table.category;
    if (category === 'attributes' && !row.control) tableProblems.push(`${tag}: attribute "${key}" has no control`);
    if (['css shadow parts', 'css custom properties', 'events', 'slots'].includes(category) && row.control !== false) tableProblems.push(`${tag}: ${category} "${key}" has a control`);
  }
}
const contactBox = argTypesFor('ck-contact-box', manifest);
if (contactBox.name?.table.category !== 'attributes' || contactBox['part:name']?.table.category !== 'css shadow parts') {
  tableProblems.push('ck-contact-box: the attribute "name" and the part "name" are not two rows');
}
if (tags.length < 8) tableProblems.push(`only ${tags.length} elements in custom-elements.json`);

const site = await serveFolder('storybook-static');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const failures = [];

/** What the page reports while a story is shown: console errors and uncaught exceptions. */
const pageErrors = new WeakMap();
/** A tab on Storybook's preview (iframe.html) with axe in it; later stories are shown in the same tab. */
async function openPreview(story) {
  const page = await browser.newPage();
  const errors = [];
  pageErrors.set(page, errors);
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // A busy machine (load 20 on 2 cores) can take minutes; only a tab that never loads is an error.
  // a11y.manual: the a11y addon does not run axe by itself after the render; this script runs it once per story, below.
  await page.goto(`${site.url}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`, { timeout: 180_000 });
  await page.addScriptTag({ content: axeSource });
  return page;
}

/**
 * Shows `story` in the open preview as Storybook's own manager does when a reader picks a story:
 * `setCurrentStory` on the preview's channel, then the preview's `storyRendered` for that id (or
 * its error events). Loading iframe.html afresh for each story parsed Storybook's whole preview
 * bundle again every time: most of this step's CPU. Resolves with the errors Storybook reported.
 */
function showStory(page, storyId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const handlers = {
          storyRendered: (rendered) => rendered === id && done([]),
          storyErrored: ({ title, description }) => done([`the story errored: ${title}: ${description}`]),
          storyThrewException: ({ message }) => done([`the story threw: ${message}`]),
          storyMissing: () => done(['Storybook has no such story']),
        };
        const done = (errors) => {
          for (const [event, handler] of Object.entries(handlers)) channel.off(event, handler);
          resolve(errors);
        };
        for (const [event, handler] of Object.entries(handlers)) channel.on(event, handler);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
}

/**
 * Checks one story; `page` is a preview tab already showing it (`fresh`) or showing another story.
 * Returns what a developer would notice. Throws only when the browser itself fails (a crashed tab,
 * a story that never renders) — the caller retries those in a new tab.
 */
async function checkStory(page, story, fresh) {
  const errors = pageErrors.get(page);
  errors.length = 0;
  if (!fresh) {
    // Long timeout: on a busy machine a story only renders later; one that never renders still fails.
    const shown = await Promise.race([
      showStory(page, story.id),
      new Promise((_, reject) => setTimeout(() => reject(new Error('the story did not render in 120 s')), 120_000).unref()),
    ]);
    errors.push(...shown);
  }
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length > 0, null, {
    timeout: 60_000,
  }).catch(() => errors.push('nothing rendered in #storybook-root'));
  // Every ck- element has rendered its shadow root and finished its first update.
  const rendered = await page
    .waitForFunction(
      async () => {
        const root = document.querySelector('#storybook-root');
        const custom = [...(root?.querySelectorAll('*') ?? [])].filter((node) => node.localName.startsWith('ck-'));
        await Promise.all(custom.map((node) => node.updateComplete));
        return custom.length > 0 && custom.every((node) => node.shadowRoot && node.shadowRoot.childNodes.length > 0);
      },
      null,
      { timeout: 60_000 },
    )
    .then(() => true, () => false);
  if (!rendered) errors.push('a ck- element did not render its shadow root');
  // Danish by default: outside the English stories every widget's nearest lang is Danish.
  if (!/english|engelsk/i.test(story.id)) {
    // The nearest lang decides (Storybook's own <html> is lang="en", above the story's wrapper).
    const english = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((node) => node.localName.startsWith('ck-') && node.closest('[lang]')?.getAttribute('lang') === 'en')
        .map((node) => node.localName),
    );
    if (english.length) errors.push(`renders in English by default: ${english.join(', ')}`);
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run('#storybook-root', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  errors.push(...violations.map((v) => `axe ${v}`));
  return [...errors];
}

try {
  let page;
  for (const story of stories) {
    let errors;
    // A tab that crashes or never loads under load is the machine, not the story: once more in a
    // new tab, opened on that story. A story that fails its checks is not retried.
    for (let attempt = 1; !errors; attempt++) {
      let fresh = false;
      try {
        if (!page) {
          page = await openPreview(story);
          fresh = true;
        }
        errors = await checkStory(page, story, fresh);
      } catch (error) {
        if (attempt >= 3) errors = [`the browser failed three times: ${error.message}`];
        else console.warn(`${story.id}: the browser failed (${error.message.split('\n')[0]}); again in a new tab`);
        await page?.close().catch(() => undefined);
        page = undefined;
      }
    }
    if (errors.length) failures.push(`${story.id}\n    ${errors.join('\n    ')}`);
  }
} finally {
  await browser.close();
  site.close();
}

if (tableProblems.length) failures.push(`argument tables\n    ${tableProblems.join('\n    ')}`);
if (failures.length) console.error(`Story failures:\n  ${failures.join('\n  ')}`);
// Each story is one test, and the argument tables one more.
console.log(`stories: ${stories.length + 1 - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
