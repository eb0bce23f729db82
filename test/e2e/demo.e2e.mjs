/**
 * End to end, as a user would: starts the app the way the README says
 * (`npm start`, here `node scripts/start.mjs` on a free port and a fresh data
 * folder), opens the demo site in Debian's headless Chromium and walks it:
 * cases page → search → open a case → rate it → comment → reload → the vote and
 * the comment are still there; the same on the English pages; the classic-script
 * page renders; and no page reports a Content-Security-Policy violation or a
 * console error.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort } from '../harness/api-process.mjs';
import { chromiumArgs, chromiumPath } from '../harness/chromium.mjs';

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'casekit-e2e-'));
const app = spawn(process.execPath, ['scripts/start.mjs'], {
  env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_GENERATE: '40', RATE_LIMIT_WRITES_PER_MINUTE: '1000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
// However the walk ends (an unhandled rejection skips the `finally` below), the app it started ends
// with it and its data folder goes: a failed run leaves no server behind on the machine.
process.on('exit', () => {
  if (app.exitCode === null && app.signalCode === null) app.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});
const cspReports = [];
await new Promise((resolve, reject) => {
  let output = '';
  app.once('exit', (code) => reject(new Error(`npm start exited with code ${code}`)));
  app.stdout.on('data', (chunk) => {
    output += chunk;
    for (const line of String(chunk).split('\n')) if (line.includes('CSP violation')) cspReports.push(line);
    if (output.includes('Casekit demo:')) resolve();
  });
});
app.removeAllListeners('exit');

const site = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const failures = [];
let passed = 0;

/** One step of the walk: a name, and a function that throws when the user would see something wrong. */
async function step(name, run) {
  try {
    await run();
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failures.push(`${name}: ${error.message.split('\n')[0]}`);
    console.log(`  ✗ ${name}\n      ${error.message.split('\n').slice(0, 4).join('\n      ')}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A page that records CSP violations and console errors the way a site owner's monitoring would. */
async function openPage() {
  const context = await browser.newContext();
  // Every wait is for something the reader would see; on a busy machine it may take a while, never fail for that.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  page.problems = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
      (window.__cspViolations ??= []).push(record);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  return page;
}

async function assertClean(page) {
  // The demo's HTML uses only attributes its elements have (an editor copies from it).
  const unknown = await page.evaluate(() => {
    const everywhere = ['id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot', 'title', 'tabindex'];
    return [...document.querySelectorAll('*')]
      .filter((node) => customElements.get(node.localName) && node.localName.startsWith('ck-'))
      .flatMap((node) => {
        const known = customElements.get(node.localName).observedAttributes ?? [];
        return node
          .getAttributeNames()
          .filter((name) => !known.includes(name) && !everywhere.includes(name) && !/^(aria|data)-/.test(name))
          .map((name) => `<${node.localName} ${name}>`);
      });
  });
  expect(unknown.length === 0, `attributes the elements do not have: ${unknown.join(', ')}`);
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  expect(violations.length === 0, `CSP violations: ${violations.join('; ')}`);
  expect(page.problems.length === 0, page.problems.join('; '));
}

/** Search, open the Holstebro case, rate it, comment, reload: everything is still there. */
async function walk({ listPath, query, answer, commentLabel, postLabel, author, words }) {
  const page = await openPage();
  const text = `${words} ${Date.now()}`;
  await step(`${listPath}: the list shows the seeded cases`, async () => {
    await page.goto(site + listPath);
    await page.locator('ck-case-list ck-case-card').first().waitFor();
    await assertClean(page);
  });
  await step(`${listPath}: searching "${query}" finds the Holstebro case`, async () => {
    await page.locator('ck-case-list input[type="search"]').fill(query);
    await page.waitForURL(/ck-q=/);
    await page.locator('ck-case-list ck-case-card', { hasText: 'Fællesskabsportrætter' }).first().waitFor();
  });
  await step(`${listPath}: opening the case shows its detail`, async () => {
    await page.locator('ck-case-list').getByRole('link', { name: 'Fællesskabsportrætter', exact: true }).click();
    await page.waitForURL(/ck-case=faellesskabsportraetter-holstebro/);
    await page.locator('ck-case-detail').getByText('ABC-portrætterne', { exact: false }).first().waitFor();
    await assertClean(page);
  });
  await step(`${listPath}: rating the case records the vote`, async () => {
    const scale = page.locator('ck-case-detail ck-rating-scale').first();
    await scale.scrollIntoViewIfNeeded(); // as a reader scrolls down to it: its code comes when it nears the screen
    const saved = page.waitForResponse((response) => response.url().includes('/ratings/') && response.request().method() === 'PUT');
    await scale.getByRole('radio', { name: answer, exact: true }).click();
    expect((await saved).ok(), 'the vote was not saved');
    await scale.getByRole('radio', { name: answer, checked: true, exact: true }).waitFor();
  });
  await step(`${listPath}: posting a comment shows it`, async () => {
    const thread = page.locator('ck-case-detail ck-comment-thread').last();
    await thread.scrollIntoViewIfNeeded(); // as a reader scrolls down to write: the form's fields come as they near it
    await thread.getByRole('textbox', { name: author.label, exact: true }).fill(author.name);
    await thread.getByRole('textbox', { name: commentLabel, exact: true }).fill(text);
    await thread.getByRole('button', { name: postLabel }).first().click();
    await thread.getByText(text).first().waitFor();
  });
  await step(`${listPath}: after a reload the vote and the comment are still there`, async () => {
    await page.reload();
    const scale = page.locator('ck-case-detail ck-rating-scale').first();
    await scale.scrollIntoViewIfNeeded();
    await scale.getByRole('radio', { name: answer, checked: true, exact: true }).waitFor();
    await page.locator('ck-case-detail ck-comment-thread').last().getByText(text).first().waitFor();
    await assertClean(page);
  });
  await page.context().close();
}

try {
  console.log('End-to-end walk through the demo:');
  await walk({
    listPath: '/',
    query: 'fællesskabsportrætter',
    answer: 'I høj grad',
    commentLabel: 'Kommentar',
    postLabel: 'Send kommentar',
    author: { label: 'Navn', name: 'Lise fra Vejle' },
    words: 'Tak for en inspirerende case!',
  });
  await walk({
    listPath: '/en.html',
    query: 'ABC-budskaberne',
    answer: 'To a large extent',
    commentLabel: 'Comment',
    postLabel: 'Post comment',
    author: { label: 'Name', name: 'Sam from Aarhus' },
    words: 'Thank you for sharing this case.',
  });

  const classic = await openPage();
  await step('/klassisk.html: the classic script renders the card and the contact box', async () => {
    await classic.goto(`${site}/klassisk.html`);
    await classic.locator('ck-case-card').getByRole('link', { name: 'Fællesskabsportrætter' }).waitFor();
    await classic.locator('ck-contact-box').getByRole('link', { name: '96 11 41 22' }).waitFor();
    await assertClean(classic);
  });
  const news = await openPage();
  await step('/nyheder/plads-til-naervaer.html: the article\'s contact box renders from attributes', async () => {
    await news.goto(`${site}/nyheder/plads-til-naervaer.html`);
    await news.locator('ck-contact-box').getByRole('link', { name: '+45 24 80 45 03' }).waitFor();
    await assertClean(news);
  });
  const holstebro = await openPage();
  await step('/holstebro.html: the list is locked to Holstebro', async () => {
    await holstebro.goto(`${site}/holstebro.html`);
    await holstebro.locator('ck-case-card', { hasText: 'Fællesskabsportrætter' }).waitFor();
    const municipalities = await holstebro.locator('ck-case-card [part~="origin"]').allTextContents();
    expect(municipalities.length > 0, 'no cards');
    expect(municipalities.every((m) => m.includes('Holstebro')), `cards from elsewhere: ${municipalities.join(', ')}`);
    await assertClean(holstebro);
  });
  const cms = await openPage();
  await step('/: the CMS theme is hostile (62.5 % root, content-box, global button rules) and the cards still fit at 320 px', async () => {
    await cms.setViewportSize({ width: 320, height: 800 });
    await cms.goto(`${site}/`);
    await cms.locator('ck-case-list ck-case-card').first().waitFor();
    const page = await cms.evaluate(() => ({
      root: getComputedStyle(document.documentElement).fontSize,
      sizing: getComputedStyle(document.querySelector('ck-case-list')).boxSizing,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      cards: [...document.querySelector('ck-case-list').shadowRoot.querySelectorAll('ck-case-card')].map((card) => {
        const box = card.getBoundingClientRect();
        const inner = card.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect();
        return { right: box.right, innerRight: inner.right };
      }),
      buttons: getComputedStyle(document.createElement('button')).textTransform,
    }));
    expect(page.root === '10px' && page.sizing === 'content-box', `the theme is not hostile: root ${page.root}, ${page.sizing}`);
    expect(page.overflow <= 0, `the page scrolls sideways by ${page.overflow} px`);
    expect(page.cards.length > 0 && page.cards.every((card) => card.innerRight <= card.right + 0.5 && card.right <= 320), `a card spills out: ${JSON.stringify(page.cards)}`);
    await assertClean(cms);
  });
  const form = await openPage();
  await step('/del-en-case.html: the page has the case form', async () => {
    await form.goto(`${site}/del-en-case.html`);
    await form.locator('ck-case-form').getByRole('textbox', { name: /Titel/ }).first().waitFor();
    await form.locator('ck-case-form').getByRole('button', { name: /Send/ }).first().waitFor();
    await assertClean(form);
  });
  const outbox = await openPage();
  await step('/case.html → /udbakke: following a case queues a confirmation the outbox shows, and its link opens the confirmation page', async () => {
    const email = `laeser-${Date.now()}@example.dk`;
    await outbox.goto(`${site}/case.html?ck-case=faellesskabsportraetter-holstebro`);
    const thread = outbox.locator('ck-case-detail ck-comment-thread').last();
    await thread.getByRole('button', { name: 'Følg denne case' }).click();
    await thread.getByRole('textbox', { name: /Din e-mail/ }).fill(email);
    await thread.getByRole('button', { name: 'Følg', exact: true }).click();
    await thread.getByText('Tjek din e-mail for at bekræfte').waitFor();
    await assertClean(outbox);
    await outbox.goto(`${site}/udbakke`);
    const mail = outbox.locator('article', { hasText: email });
    await mail.waitFor();
    expect((await mail.textContent()).includes('Ikke sendt (demoen har ingen mailserver)'), 'the mail does not say it was not sent');
    await mail.getByRole('link', { name: /followers\/confirm/ }).first().click();
    // The confirmation page speaks the browser's language (Accept-Language): Danish or English.
    await outbox.getByRole('button', { name: /^(Bekræft|Confirm)$/ }).waitFor();
  });
  await step('the server received no CSP violation report', async () => {
    expect(cspReports.length === 0, cspReports.join('\n'));
  });
} finally {
  await browser.close();
  app.kill('SIGINT');
  await new Promise((resolve) => app.once('exit', resolve));
  // Its data folder goes in the exit handler above.
}

console.log(`e2e: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
