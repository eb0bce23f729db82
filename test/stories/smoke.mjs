/**
 * Loads every story of the built Storybook (storybook-static/) in headless
 * Chromium and checks what a developer would notice: it renders something, the
 * console shows no error, and axe finds no WCAG 2.1 AA violation.
 * Run by `npm test` after `npm run build-storybook`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../harness/chromium.mjs';
import { serveFolder } from '../harness/static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const site = await serveFolder('storybook-static');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const failures = [];

try {
  const page = await browser.newPage();
  for (const story of stories) {
    const errors = [];
    const onConsole = (message) => message.type() === 'error' && errors.push(message.text());
    const onPageError = (error) => errors.push(error.message);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    await page.goto(`${site.url}/iframe.html?id=${story.id}&viewMode=story`);
    // Long timeouts: on a busy machine a story only renders later; one that never renders still fails.
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
        { timeout: 20_000 },
      )
      .then(() => true, () => false);
    if (!rendered) errors.push('a ck- element did not render its shadow root');
    await page.addScriptTag({ content: axeSource });
    // Storybook's a11y addon runs axe itself after a story renders; axe allows one run
    // at a time, so wait for the addon's run to finish when it is still going.
    const violations = await page.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        } catch (error) {
          if (attempt >= 50 || !String(error?.message).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    errors.push(...violations.map((v) => `axe ${v}`));
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    if (errors.length) failures.push(`${story.id}\n    ${errors.join('\n    ')}`);
  }
} finally {
  await browser.close();
  site.close();
}

if (failures.length) console.error(`Story failures:\n  ${failures.join('\n  ')}`);
console.log(`stories: ${stories.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
