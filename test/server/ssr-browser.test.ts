/**
 * The server-rendered pages and embeds in Debian's Chromium, as readers get them:
 * with JavaScript off (the content is there), with the loader (the widgets take
 * over without a data request and without moving anything, under a strict CSP
 * with Trusted Types), and an oEmbed embed of hostile case text on a CMS page
 * (nothing runs). Needs the built bundles (`npm run build`), which the server
 * serves at /casekit/.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../harness/chromium.mjs';
import { stepPassed } from '../harness/steps.js';
import { HOSTILE_URLS, XSS_PAYLOADS } from '../hardening/xss-payloads.js';
import { BACKENDS, HOLSTEBRO, jsonOf, startTestServer, type TestServer } from './helpers.js';


/** Runs before any page script: records script that runs, CSP violations and layout shifts. */
const WATCH = () => {
  const w = window as unknown as Record<string, unknown> & { __watch: { executed: string[]; violations: string[]; shifts: number[] } };
  w.__watch = { executed: [], violations: [], shifts: [] };
  w.__xss = (id: unknown) => w.__watch.executed.push(`__xss(${String(id)})`);
  for (const name of ['alert', 'confirm', 'prompt']) w[name] = (...args: unknown[]) => w.__watch.executed.push(`${name}(${args.join(',')})`);
  document.addEventListener('securitypolicyviolation', (e) => w.__watch.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__watch.shifts.push((entry as unknown as { value: number }).value);
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Waits until every Casekit element on the page, in every shadow root, is defined, has rendered and
 * has settled. A copy the server rendered inside another Casekit element (`defer-hydration`) is left
 * out: it never updates — the outer element renders anew over it and drops it (ck-element.ts) — and
 * awaiting its `updateComplete` hung this wait whenever the outer element's code came after the
 * wait began (11 and 20 min in soak runs). The outer's new render puts live ones in its place,
 * which the next round finds; at the end no server copy may be left.
 */
async function settled(page: Page): Promise<void> {
  const stuck = await page.evaluate(async () => {
    type Ck = Element & { updateComplete?: Promise<unknown> };
    const all = (root: Document | ShadowRoot): Ck[] =>
      [...root.querySelectorAll('*')].flatMap((e) => [e as Ck, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    const casekit = () => all(document).filter((e) => e.localName.startsWith('ck-'));
    // Bounded, so a real failure is named instead of hanging the test.
    const within = <T,>(promise: Promise<T>, what: string): Promise<string | undefined> =>
      Promise.race([promise.then(() => undefined), new Promise<string>((resolve) => setTimeout(() => resolve(what), 30_000))]);
    for (let round = 0; round < 5; round++) {
      const live = casekit().filter((e) => !e.hasAttribute('defer-hydration'));
      const unsettled = await Promise.all(
        live.map((e) =>
          within(
            customElements.whenDefined(e.localName).then(() => e.updateComplete),
            `<${e.localName}${e.id ? ` id="${e.id}"` : ''}> never finished updating (defined: ${customElements.get(e.localName) !== undefined})`,
          ),
        ),
      );
      const frame = await within(new Promise((resolve) => requestAnimationFrame(resolve)), `no animation frame in 30 s (document.visibilityState: ${document.visibilityState})`);
      const problems = [...unsettled, frame].filter((p): p is string => p !== undefined);
      if (problems.length) return problems;
    }
    return casekit()
      .filter((e) => e.hasAttribute('defer-hydration'))
      .map((e) => `<${e.localName}> is still the server's copy: the element around it never rendered`);
  });
  assert.deepEqual(stuck, [], 'every Casekit element settles');
}

/** Where things are: the top of chosen texts and parts, found through the shadow roots. */
async function positions(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, locator] of Object.entries({
    title: page.locator('h1'),
    purpose: page.getByText('Hovedformålet med ABC-portrætterne', { exact: false }),
    contact: page.getByText('Maria Bisgaard Fabricius').first(),
    economy: page.locator('ck-case-detail').locator('#oekonomi'),
    quote: page.locator('ck-case-detail').locator('[part~="quote"]').first(),
  })) {
    const box = await locator.boundingBox();
    assert.ok(box, `${name} is on the page`);
    out[name] = Math.round(box.y * 10) / 10;
  }
  return out;
}

// Rendering in Chromium tests the pages and the loader, nothing the database does differently: it
// runs in the PGlite step only, not again on PostgreSQL (README, "Tests").
for (const backend of BACKENDS.filter((b) => b.name === 'pglite')) {
  describe(`server-rendered pages in Chromium (${backend.name})`, () => {
    let s: TestServer;
    let browser: Browser;
    // A copy of the demo site, served under the demo's own policy, where a test can add a page (a CMS page with an embed).
    const site = mkdtempSync(join(tmpdir(), 'casekit-ssr-site-'));
    before(async () => {
      // In `npm test` this step starts beside the build, which empties dist/ first.
      await stepPassed('build');
      assert.ok(existsSync('dist/casekit.js'), 'the bundles are built (npm run build)');
      cpSync('demo', site, { recursive: true });
      s = await startTestServer(backend, { staticDir: site, distDir: 'dist' });
      browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    });
    after(async () => {
      await browser?.close();
      await s?.close();
      rmSync(site, { recursive: true, force: true });
    });

    const open = async (options: { javaScriptEnabled: boolean; blockLoader?: boolean }): Promise<{ context: BrowserContext; page: Page }> => {
      const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled, viewport: { width: 1000, height: 900 } });
      if (options.blockLoader) await context.route('**/casekit/**', (route) => route.abort());
      // tsx names functions with a helper that the page does not have; the functions below go to the page.
      await context.addInitScript({ content: 'window.__name = (f) => f;' });
      await context.addInitScript(WATCH);
      return { context, page: await context.newPage() };
    };

    it('shows the case’s title and purpose with JavaScript disabled', async () => {
      const { context, page } = await open({ javaScriptEnabled: false });
      await page.goto(`${s.url}/cases/${HOLSTEBRO}`);
      assert.equal(await page.title(), 'Fællesskabsportrætter – Holstebro Kommune | Praksiscases fra kommunerne');
      assert.ok(await page.getByRole('heading', { level: 1, name: 'Fællesskabsportrætter' }).isVisible());
      assert.ok(await page.getByText('Hovedformålet med ABC-portrætterne', { exact: false }).isVisible(), 'the purpose is visible');
      assert.ok(await page.getByRole('heading', { name: 'Formål' }).isVisible(), 'section headings come from the element');
      assert.ok(await page.getByRole('link', { name: 'maria.bisgaard.fabricius@holstebro.dk' }).isVisible(), 'the contact box is rendered');
      // Styled as in the browser: the element's own styles apply inside its declarative shadow root.
      const width = await page.locator('ck-case-detail').locator('article').evaluate((e) => getComputedStyle(e).maxWidth);
      assert.equal(width, '768px');
      await context.close();
    });

    it('takes over without a data request, without moving anything, and with no CSP violation', async () => {
      const still = await open({ javaScriptEnabled: true, blockLoader: true });
      await still.page.goto(`${s.url}/cases/${HOLSTEBRO}`);
      // As settled() does for the page below: measured once painted. Until the first frames, the
      // sections that skip rendering off screen (content-visibility) have not yet been told whether
      // they are near the view: one measured in a full run stood 240 px short of its painted place.
      await still.page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      const before = await positions(still.page);
      await still.context.close();

      const { context, page } = await open({ javaScriptEnabled: true });
      const reads: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/v1/') && r.method() === 'GET') reads.push(r.url());
      });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${s.url}/cases/${HOLSTEBRO}`);
      await settled(page);
      const upgraded = await page.evaluate(() => (document.querySelector('ck-case-detail') as unknown as { hasUpdated: boolean }).hasUpdated);
      assert.equal(upgraded, true, 'the element has rendered in the browser');
      assert.deepEqual(reads, [], 'no data was asked for again');
      assert.deepEqual(await positions(page), before, 'nothing moved');
      const watch = await page.evaluate(() => (window as unknown as { __watch: { violations: string[]; shifts: number[] } }).__watch);
      assert.deepEqual(watch.violations, []);
      assert.equal(watch.shifts.reduce((a, b) => a + b, 0), 0, 'no layout shift');
      assert.deepEqual(errors, []);
      // Interactive now: "Giv feedback" opens the section's form.
      await page.getByRole('button', { name: 'Giv feedback' }).first().click();
      assert.ok(await page.getByRole('textbox', { name: /Kommentar|Din feedback|Feedback/ }).first().isVisible());
      await context.close();
    });

    it('an embed pasted long ago, on a page under the demo’s strict policy: shown at once, revalidated once with its ETag, updated when the case changed', async () => {
      const embed = (await jsonOf<{ html: string }>(await fetch(`${s.url}/oembed?url=${encodeURIComponent(`${s.url}/cases/${HOLSTEBRO}`)}`))).html;
      const inlined = JSON.parse(embed.match(/<script type="application\/json" data-ck-data>([\s\S]*?)<\/script>/)![1]!) as {
        at: string;
        entries: Record<string, { etag?: string }>;
      };
      const etag = inlined.entries[`/cases/${HOLSTEBRO}`]?.etag;
      assert.ok(etag && Date.now() - Date.parse(inlined.at) < 60_000, 'the embed says when its data was read, with the ETag');
      // The CMS stored it an hour ago: the same HTML, its time set back as the hour would have.
      const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
      writeFileSync(
        join(site, 'indlejret.html'),
        `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kommunens side</title><link rel="stylesheet" href="/assets/cms.css"></head>` +
          `<body><main><h1>Vores arbejde med fællesskaber</h1>${embed.replace(`"at":"${inlined.at}"`, `"at":"${hourAgo}"`)}</main></body></html>`,
      );

      const visit = async () => {
        const { context, page } = await open({ javaScriptEnabled: true });
        // The view this visit counts would change the content's version; a reader whose view was counted before sees this.
        await context.route('**/views', (route) => route.abort());
        const reads: { url: string; ifNoneMatch?: string; status: number }[] = [];
        page.on('response', (r) => {
          if (r.request().method() === 'GET' && r.url().includes('/api/v1/')) reads.push({ url: r.url(), ifNoneMatch: r.request().headers()['if-none-match'], status: r.status() });
        });
        // The revalidation waits until the pasted title has been read: on a quiet machine it can
        // otherwise answer, and update the title, before the page's load event.
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await context.route(`**/api/v1/cases/${HOLSTEBRO}`, async (route) => {
          await held;
          await route.continue();
        });
        const revalidated = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${HOLSTEBRO}`));
        await page.goto(`${s.url}/indlejret.html`);
        const pasted = (await page.locator('ck-case-detail').locator('[part~="title"]').first().textContent())?.trim();
        release();
        await revalidated;
        await settled(page);
        const watch = await page.evaluate(() => (window as unknown as { __watch: { violations: string[]; shifts: number[] } }).__watch);
        return { context, page, reads, pasted, watch };
      };

      // Unchanged since: one conditional read, 304, nothing moves, no violation of the demo's policy.
      const same = await visit();
      assert.equal(same.pasted, 'Fællesskabsportrætter', 'the pasted case is readable before its script has run');
      // Each inlined answer (the case, its ratings, its comments) is asked once, with its own ETag, and is unchanged.
      const keys = same.reads.map((r) => r.url.slice(`${s.url}/api/v1`.length));
      assert.ok(keys.includes(`/cases/${HOLSTEBRO}`), keys.join(', '));
      assert.equal(new Set(keys).size, keys.length, `each once: ${keys.join(', ')}`);
      for (const [i, read] of same.reads.entries()) {
        assert.equal(read.ifNoneMatch, inlined.entries[keys[i]!]?.etag, `${keys[i]} asked with the ETag it was inlined with`);
        assert.equal(read.status, 304, keys[i]);
      }
      assert.deepEqual(same.watch.violations, [], 'no CSP or Trusted Types violation under the demo’s policy');
      assert.equal(same.watch.shifts.reduce((a, b) => a + b, 0), 0, 'no layout shift');
      await same.context.close();

      // Changed since: the reader sees the case as it is now.
      await s.db.query(`UPDATE cases SET title = 'Fællesskabsportrætter (opdateret)' WHERE id = $1`, [HOLSTEBRO]);
      try {
        const changed = await visit();
        assert.equal(changed.pasted, 'Fællesskabsportrætter');
        assert.equal(changed.reads.find((r) => r.url.endsWith(`/cases/${HOLSTEBRO}`))?.status, 200);
        await changed.page.waitForFunction(
          () => document.querySelector('ck-case-detail')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === 'Fællesskabsportrætter (opdateret)',
        );
        assert.deepEqual(changed.watch.violations, []);
        await changed.context.close();
      } finally {
        await s.db.query(`UPDATE cases SET title = 'Fællesskabsportrætter' WHERE id = $1`, [HOLSTEBRO]);
      }
    });

    it('runs none of the hostile corpus in oEmbed embeds on a CMS page, with or without the loader', async () => {
      const chunks = Array.from({ length: 4 }, (_, k) => XSS_PAYLOADS.filter((_, i) => i % 4 === k));
      const ids: string[] = [];
      for (const [k, payloads] of chunks.entries()) {
        const created = await jsonOf<{ id: string }>(
          await s.api('/cases', {
            method: 'POST',
            json: {
              title: `XSS ${k}: ${payloads.find((p) => p.trim().length <= 180)}`.slice(0, 200),
              subtitle: payloads.find((p) => p.trim().length <= 300) ?? null,
              municipalities: ['Xssby', ...payloads.filter((p) => p.trim().length <= 80).slice(0, 5)],
              interventionType: 'projekt',
              purpose: payloads.join('\n\n').slice(0, 20_000),
              description: [...payloads].reverse().join('\n\n').slice(0, 20_000),
              themes: payloads.filter((p) => p.trim().length <= 80).slice(5, 11),
              contacts: payloads.filter((p) => p.trim().length <= 120).slice(0, 3).map((p) => ({ name: p, jobTitle: p, organisation: p })),
              quotes: payloads.slice(0, 10).map((p) => ({ text: p, person: p.slice(0, 200), role: p.slice(0, 300) })),
              materials: HOSTILE_URLS.map((url, i) => ({ title: payloads[i % payloads.length]!.slice(0, 300), url: /^https?:/i.test(url) ? url.slice(0, 2000) : null })),
            },
          }),
        );
        await s.db.query(`UPDATE cases SET status = 'published' WHERE id = $1`, [created.id]);
        for (const p of payloads.slice(0, 30)) {
          await s.api(`/cases/${encodeURIComponent(created.id)}/comments`, { method: 'POST', json: { authorName: p.slice(0, 80) || 'x', text: p, section: k % 2 ? 'formaal' : null } });
        }
        ids.push(created.id);
      }
      const embeds: string[] = [];
      for (const id of ids) {
        const res = await fetch(`${s.url}/oembed?url=${encodeURIComponent(`${s.url}/cases/${id}`)}&format=json`);
        assert.equal(res.status, 200);
        embeds.push((await jsonOf<{ html: string }>(res)).html);
      }
      embeds.push((await jsonOf<{ html: string }>(await fetch(`${s.url}/oembed?url=${encodeURIComponent(`${s.url}/cases?ck-municipality=Xssby`)}`))).html);

      for (const withLoader of [false, true]) {
        const { context, page } = await open({ javaScriptEnabled: true, blockLoader: !withLoader });
        // An alert() that ran would block every evaluate until the test runner gave up: dismiss
        // it and count it as the executed payload it is.
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss().catch(() => undefined);
        });
        // A CMS page on another origin (a server of its own on this machine) with a strict policy:
        // Trusted Types, scripts only from itself and Casekit's server.
        const cms = createServer((_, res) => {
          res.writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': `default-src 'none'; script-src 'self' ${s.url}; style-src 'unsafe-inline'; connect-src ${s.url}; require-trusted-types-for 'script'; trusted-types lit-html`,
          });
          res.end(`<!doctype html><html lang="da"><head><title>Kommunens side</title></head><body><main>${embeds.join('\n<hr>\n')}</main></body></html>`);
        });
        await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
        const CMS = `http://localhost:${(cms.address() as AddressInfo).port}`;
        await page.goto(`${CMS}/nyheder/cases`);
        if (withLoader) await settled(page);
        const result = await page.evaluate(() => {
          const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => [
            root,
            ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? roots(e.shadowRoot) : [])),
          ];
          const injected: string[] = [];
          for (const root of roots(document)) {
            for (const e of root.querySelectorAll('*')) {
              // Casekit's own: its inlined data, and the loader's scripts and module preloads.
              const casekitScript =
                (e.localName === 'script' && (e.getAttribute('type') === 'application/json' || e.getAttribute('src')?.includes('/casekit/'))) ||
                (e.localName === 'link' && e.getAttribute('href')?.includes('/casekit/'));
              if (/^(script|iframe|object|embed|base|meta|link|foreignobject)$/.test(e.localName) && !casekitScript) injected.push(`<${e.localName}>`);
              if (e.localName === 'form' && !e.hasAttribute('part')) injected.push('<form>');
              for (const a of e.getAttributeNames()) if (a.startsWith('on')) injected.push(`${a} on <${e.localName}>`);
              for (const a of ['href', 'src', 'action', 'formaction']) {
                // Browsers skip control characters and spaces in a scheme; so does this check.
                // eslint-disable-next-line no-control-regex -- control characters are what this strips
                const v = (e.getAttribute(a) ?? '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
                if (/^(javascript|data|vbscript):/.test(v)) injected.push(`${a}=${v.slice(0, 40)} on <${e.localName}>`);
              }
            }
          }
          const text = (n: Node): string =>
            n.nodeType === Node.TEXT_NODE ? (n as Text).data : [...(n instanceof Element && n.shadowRoot ? [n.shadowRoot] : []), ...(n instanceof HTMLTemplateElement || n instanceof HTMLScriptElement || n instanceof HTMLStyleElement ? [] : n.childNodes)].map(text).join('');
          const w = (window as unknown as { __watch: { executed: string[]; violations: string[] } }).__watch;
          return { injected, executed: w.executed, violations: w.violations, text: text(document.body).replace(/\s+/g, '') };
        });
        assert.deepEqual(result.executed, [], `nothing ran (loader: ${withLoader})`);
        assert.deepEqual(dialogs, [], `no dialog opened (loader: ${withLoader})`);
        assert.deepEqual(result.injected, [], `no element or handler from the text (loader: ${withLoader})`);
        assert.deepEqual(result.violations, [], `no Trusted Types or CSP violation (loader: ${withLoader})`);
        // The hostile text is shown as text (so the check above saw it rendered, not left out).
        const shown = XSS_PAYLOADS.filter((p) => result.text.includes(p.replace(/\s+/g, '')));
        assert.ok(shown.length >= XSS_PAYLOADS.length * 0.9, `${shown.length} of ${XSS_PAYLOADS.length} payloads shown as text (loader: ${withLoader})`);
        await context.close();
        cms.close();
      }
    });
  });
}
