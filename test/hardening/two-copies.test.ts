import { expect, fixture, html } from '@open-wc/testing';
import { apiBase, nextEvent, textOf, waitFor } from '../api/helpers.js';
import { plainCase, publishCase, rejectCases } from './api-cases.js';
import { loadScript } from '../dist/load-script.js';

/**
 * A CMS page that loads Casekit twice — the ESM loader from one snippet, the
 * classic one from another — and then uses the data widgets, which the loader
 * fetches as they appear. Needs the built bundles (`npm run build`; npm test
 * builds first). Next to an old all-in-one copy: test/dist/bundles.test.ts.
 */

const problems: string[] = [];
window.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('two copies of Casekit on one page (ESM and classic script)', function () {
  this.timeout(120_000);
  let caseId = '';
  const warnings: string[] = [];

  before(async () => {
    caseId = await publishCase(plainCase('To kopier på én side'));
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await loadScript('/dist/casekit.js', 'module');
      await loadScript('/dist/casekit.iife.js');
    } finally {
      console.warn = originalWarn;
    }
  });

  after(() => rejectCases([caseId]));

  it('both load without an error or a warning, and define nothing before the page holds it', () => {
    expect(problems).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    for (const tag of ['ck-case-card', 'ck-comment-thread', 'ck-case-detail', 'ck-case-list']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('a case card loads its case, from its own attribute and from a surrounding ck-case-api', async () => {
    const el = await fixture(html`<div>
      <ck-case-card case-id=${caseId}></ck-case-card>
      <ck-case-api base-url=${apiBase()}><ck-case-card case-id=${caseId} compact></ck-case-card></ck-case-api>
    </div>`);
    for (const card of el.querySelectorAll<Lit>('ck-case-card')) {
      await waitFor(() => card.shadowRoot?.querySelector('[part="link"]'), 'the card shows its case');
      expect(textOf(card.shadowRoot!.querySelector('[part="link"]'))).to.equal('To kopier på én side');
    }
    expect(problems).to.deep.equal([]);
  });

  it('a comment thread loads, posts a comment and shows it', async () => {
    localStorage.clear();
    const thread = await fixture<Lit>(html`<ck-comment-thread case-id=${caseId}></ck-comment-thread>`);
    await waitFor(() => thread.shadowRoot?.querySelector('[part="empty"], [part="list"]'), 'comments loaded');
    const form = thread.shadowRoot!.querySelector('form')!;
    const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type(form.querySelector<HTMLInputElement>('input[autocomplete="name"]')!, 'Mette fra Viborg');
    type(form.querySelector('textarea')!, 'Virker det med to kopier af Casekit?');
    const posted = (await nextEvent(thread, 'ck-comment-posted', () => form.querySelector<HTMLButtonElement>('[part="submit"]')!.click())) as CustomEvent<{ comment: { id: string } }>;
    await waitFor(() => thread.shadowRoot!.querySelector(`#c-${CSS.escape(posted.detail.comment.id)}`), 'the comment is shown');
    expect(textOf(thread.shadowRoot!.querySelector('[part="heading"]'))).to.equal('1 kommentar');
    expect(textOf(thread.shadowRoot!.querySelector('[part="text"]'))).to.equal('Virker det med to kopier af Casekit?');
    expect(problems).to.deep.equal([]);
    localStorage.clear();
  });
});
