import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/case-card/register.js';
import '../../src/elements/case-api/register.js';
import '../../src/elements/case-list/register.js';
import '../../src/elements/case-detail/register.js';
import type { CkCaseCard } from '../../src/elements/case-card/case-card.js';
import type { CaseSummary } from '../../src/api/types.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { CaseApiClient } from '../../src/api/client.js';
import { definitions, faultBase, freshBase, requestsTo, setFault, shadowSelector, textOf, waitFor, whileApiDown } from '../api/helpers.js';
import { watchFetch } from '../harness/fetch-watch.js';
import { WAIT_TIMEOUT } from '../harness/wait-for.js';

const HOLSTEBRO = 'faellesskabsportraetter-holstebro';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const summary: CaseSummary = {
  id: 'test-case',
  title: 'Fællesskab om ensomhed',
  subtitle: null,
  kind: 'case',
  municipalities: ['Ikast-Brande'],
  organisation: null,
  interventionType: 'permanent',
  economyBracket: '50.000 - 250.000',
  targetGroups: ['Ældre', 'Frivillige'],
  themes: ['Ensomhed', 'Frivillighed'],
  keywords: [],
  preventionPackages: [],
  evaluated: true,
  excerpt: null,
  viewCount: 1234,
  commentCount: 0,
  readerRatings: [],
  generated: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('ck-case-card', () => {
  it('loads a case from case-id and shows its summary', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card case-id=${HOLSTEBRO}></ck-case-card>`);
    await shadowSelector(el, 'article');
    expect(textOf(part(el, 'heading'))).to.equal('Fællesskabsportrætter');
    expect(textOf(part(el, 'origin'))).to.equal('Holstebro');
    expect(definitions(part(el, 'facts'))).to.deep.equal([
      'Type indsats: Projekt',
      'Økonomi pr. år: < 50.000 kr.',
      'Målgruppe: Udsatte og sårbare borgere',
    ]);
    expect(textOf(part(el, 'badge'))).to.equal('Ikke evalueret');
    expect(textOf(part(el, 'themes'))).to.contain('Mental sundhed');
    await expect(el).to.be.accessible();
  });

  it('shows the data property without any request', async () => {
    const before = requestsTo('/cases/test-case');
    const el = await fixture<CkCaseCard>(html`<ck-case-card .data=${summary}></ck-case-card>`);
    expect(textOf(part(el, 'heading'))).to.equal('Fællesskab om ensomhed');
    expect(textOf(part(el, 'facts'))).to.contain('50.000-250.000 kr.');
    expect(textOf(part(el, 'views'))).to.equal('Besøgt 1.234 gange');
    expect(part(el, 'comments'), 'no count of nothing').to.equal(null);
    expect(textOf(part(el, 'badge'))).to.equal('Evalueret');
    expect(requestsTo('/cases/test-case')).to.equal(before);
  });

  it('shows how many comments the case has, in the singular too', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card .data=${{ ...summary, commentCount: 1 }}></ck-case-card>`);
    expect(textOf(part(el, 'comments'))).to.equal('1 kommentar');
    el.data = { ...summary, commentCount: 1200, viewCount: 1 };
    await el.updateComplete;
    expect(textOf(part(el, 'comments'))).to.equal('1.200 kommentarer');
    expect(textOf(part(el, 'views'))).to.equal('Besøgt 1 gang');
  });

  it('shows the readers’ answers from the server once a reader has voted, and nothing before', async () => {
    // A case late in title order that no other test votes on; one vote per address, so one reader.
    const base = freshBase();
    const page = (await (await fetch(`${base}/cases?sort=title&pageSize=1&page=120`)).json()) as { items: CaseSummary[] };
    const id = page.items[0]!.id;
    expect(page.items[0]!.readerRatings, 'no votes yet').to.deep.equal([]);
    const before = await fixture<CkCaseCard>(html`<ck-case-card case-id=${id} api=${base}></ck-case-card>`);
    await shadowSelector(before, 'article');
    expect(part(before, 'reader-ratings'), 'no summary of nothing').to.equal(null);
    const vote = await fetch(`${base}/cases/${id}/ratings/implementering`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: 3, voteToken: `card-summary-${crypto.randomUUID()}` }),
    });
    expect(vote.status).to.equal(200);
    // A fresh client (another host name for the same server) reads the case anew.
    const wrapper = await fixture(html`<div>
      <ck-case-card case-id=${id} api=${base.replace('localhost', '127.0.0.1')}></ck-case-card>
      <ck-case-card lang="en" .data=${{ ...summary, readerRatings: [{ question: 'formaal', count: 1, average: 4 }, { question: 'implementering', count: 12, average: 2.25 }] }}></ck-case-card>
    </div>`);
    const [da, en] = [...wrapper.querySelectorAll<CkCaseCard>('ck-case-card')];
    await shadowSelector(da!, '[part="reader-ratings"]');
    // The English card renders once its English words have loaded (a Danish page never fetches them).
    await en!.updateComplete;
    const answers = (card: CkCaseCard) => [...part(card, 'reader-ratings')!.querySelectorAll('li')].map((li) => textOf(li));
    expect(textOf(part(da!, 'reader-ratings')?.querySelector('#ratings-label'))).to.equal('Læserne:');
    expect(answers(da!)).to.deep.equal(['Implementeret som planlagt 3,0 af 4 (1 svar)']);
    expect(answers(en!)).to.deep.equal(['Purpose achieved 4.0 of 4 (1 answer)', 'Implemented as planned 2.3 of 4 (12 answers)']);
    await expect(wrapper).to.be.accessible();
  });

  it('marks the case’s own words as Danish on an English page, and the interface’s as English', async () => {
    const wrapper = await fixture(html`<div lang="en"><ck-case-card .data=${summary}></ck-case-card></div>`);
    const el = wrapper.querySelector('ck-case-card')!;
    await el.updateComplete;
    const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang') ?? 'inherited: en';
    expect(langOf(part(el, 'link'))).to.equal('da');
    expect(langOf(part(el, 'origin'))).to.equal('da');
    expect(langOf(part(el, 'theme'))).to.equal('da');
    const [type, , target] = [...part(el, 'facts')!.querySelectorAll('dd')];
    expect(langOf(type!), '"Permanent service" is the interface’s word').to.equal('inherited: en');
    expect(langOf(target!)).to.equal('da');
    expect(langOf(part(el, 'views'))).to.equal('inherited: en');
  });

  it('links through href-template, with the id encoded', async () => {
    const el = await fixture<CkCaseCard>(
      html`<ck-case-card .data=${summary} href-template="/praksis/cases/{id}"></ck-case-card>`,
    );
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/praksis/cases/test-case');
    el.hrefTemplate = 'javascript:alert({id})';
    await el.updateComplete;
    expect(part(el, 'link')).to.equal(null);
    expect(textOf(part(el, 'heading'))).to.equal('Fællesskab om ensomhed');
  });

  it('links to ?ck-case={id} by default', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card .data=${summary}></ck-case-card>`);
    expect(part(el, 'link')!.getAttribute('href')).to.equal('?ck-case=test-case');
  });

  it('has a compact variant without themes and target group', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card compact .data=${summary}></ck-case-card>`);
    expect(part(el, 'themes')).to.equal(null);
    expect(textOf(part(el, 'facts'))).not.to.contain('Målgruppe');
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
  });

  it('puts the title at heading-level', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card heading-level="2" .data=${summary}></ck-case-card>`);
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
  });

  it('speaks English with lang="en", amounts in DKK', async () => {
    const wrapper = await fixture(html`<div lang="en"><ck-case-card .data=${summary}></ck-case-card></div>`);
    const el = wrapper.querySelector('ck-case-card')!;
    await el.updateComplete;
    expect(definitions(part(el, 'facts'))).to.deep.equal([
      'Type of intervention: Permanent service',
      'Budget per year: DKK 50,000–250,000',
      'Target group: Ældre',
    ]);
    expect(textOf(part(el, 'views'))).to.equal('Visited 1,234 times');
    expect(textOf(part(el, 'badge'))).to.equal('Evaluated');
  });

  it('ten cards of one case make one request', async () => {
    const base = freshBase();
    const before = requestsTo(`${base}/cases/${HOLSTEBRO}`);
    const wrapper = await fixture(html`<ck-case-api base-url=${base}>
      ${Array.from({ length: 10 }, () => html`<ck-case-card case-id=${HOLSTEBRO}></ck-case-card>`)}
    </ck-case-api>`);
    const cards = [...wrapper.querySelectorAll('ck-case-card')];
    await Promise.all(cards.map((card) => shadowSelector(card, 'article')));
    expect(requestsTo(`${base}/cases/${HOLSTEBRO}`) - before).to.equal(1);
  });

  it('reserves its size while loading and says so to screen readers', async () => {
    const el = await fixture<CkCaseCard>(
      html`<ck-case-card api=${freshBase() + '/'} case-id="plads-til-naervaer-og-hjerte"></ck-case-card>`,
    );
    const loading = part(el, 'loading');
    expect(loading).to.exist;
    expect(loading!.getAttribute('role')).to.equal('status');
    const loadingHeight = el.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    await shadowSelector(el, 'article');
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
  });

  it('says nothing is selected without case-id or data', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card></ck-case-card>`);
    expect(textOf(el.shadowRoot)).to.equal('Ingen case at vise.');
    await expect(el).to.be.accessible();
  });

  it('shows a Danish error when the server is down, and "Prøv igen" recovers', async () => {
    await whileApiDown(async (base, restore) => {
      const el = await fixture<CkCaseCard>(
        html`<ck-case-card api=${base} case-id="fremtidens-partnerskaber"></ck-case-card>`,
      );
      const error = await shadowSelector(el, '[part~="error"]');
      expect(textOf(error)).to.contain('Casen kunne ikke hentes.');
      expect(textOf(error)).to.contain('Der er ingen forbindelse til case-serveren');
      await expect(el).to.be.accessible();
      await restore();
      part(el, 'retry')!.click();
      await shadowSelector(el, 'article');
      expect(textOf(part(el, 'heading'))).to.equal('Fremtidens partnerskaber');
    });
  });

  it('shows "not found" for an unknown case', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card case-id="findes-ikke"></ck-case-card>`);
    const error = await shadowSelector(el, '[part~="error"]');
    expect(textOf(error)).to.contain('Casen findes ikke.');
  });

  it('aborts its request when it leaves the page before the answer', async () => {
    const id = 'ensomhed-som-tema-for-samskabelsesprocesser';
    const base = await faultBase();
    const watch = watchFetch();
    const timeout = CaseApiClient.defaultTimeout;
    // Only leaving the page may end the request here, not the client's own timeout.
    CaseApiClient.defaultTimeout = 10 * WAIT_TIMEOUT;
    try {
      const abandoned = (await executeServerCommand('fault-abandoned')) as number;
      const held = (await executeServerCommand('fault-count')) as number;
      await setFault('hang', { path: id });
      const el = await fixture<CkCaseCard>(html`<ck-case-card api=${base} case-id=${id}></ck-case-card>`);
      const call = await waitFor(() => watch.calls.find((c) => c.url.includes(id)), 'the card asks for its case');
      // Leaves once the server holds the request: had the page aborted it before it was sent, the
      // server could not see it abandoned (a race this test lost on a busy machine).
      await waitFor(async () => ((await executeServerCommand('fault-count')) as number) > held, 'the server holds the request');
      el.remove();
      await waitFor(() => call.signal?.aborted, 'the card aborts its request');
      expect((call.signal!.reason as DOMException).name).to.equal('AbortError');
      // On the wire too: the browser gives up the connection the server was holding.
      await waitFor(async () => ((await executeServerCommand('fault-abandoned')) as number) > abandoned, 'the server sees the request abandoned');
      await setFault('none');
      document.body.append(el);
      await shadowSelector(el, 'article');
      el.remove();
    } finally {
      CaseApiClient.defaultTimeout = timeout;
      watch.stop();
      await setFault('none');
    }
  });

  it('lets a theme custom property change the card', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card .data=${summary}></ck-case-card>`);
    el.style.setProperty('--ck-case-card-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('is usable by keyboard: the title link takes focus with a visible ring', async () => {
    const el = await fixture<CkCaseCard>(html`<ck-case-card .data=${summary}></ck-case-card>`);
    const link = part(el, 'link')!;
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    await waitFor(() => getComputedStyle(part(el, 'base')!).outlineStyle !== 'none');
  });
});

describe('ck-case-card: a link that visibly works', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('with a list and a detail on one page, opens the case in the detail, in view and focused, with a way back to the card', async () => {
    const page = await fixture(html`<div>
      <ck-case-list page-size="3" hide-filters></ck-case-list>
      <div style="height: 2000px"></div>
      <ck-case-detail></ck-case-detail>
    </div>`);
    const list = page.querySelector('ck-case-list')!;
    const detail = page.querySelector('ck-case-detail')!;
    const card = await waitFor(() => list.shadowRoot!.querySelector<CkCaseCard>('ck-case-card'), 'the list shows cards');
    const link = await shadowSelector(card, '[part~="link"]');
    const id = card.data!.id;
    link.focus();
    link.click();
    expect(new URL(location.href).searchParams.get('ck-case'), 'the page address names the case (back and sharing work)').to.equal(id);
    const article = await shadowSelector(detail, 'article');
    await waitFor(() => detail.shadowRoot!.activeElement === article, 'the case has focus');
    const box = article.getBoundingClientRect();
    expect(box.top, 'the case is scrolled into view').to.be.within(-1, window.innerHeight);

    const back = detail.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back"]')!;
    expect(textOf(back)).to.equal('Tilbage til listen');
    back.click();
    expect(card.shadowRoot!.activeElement, 'back on the card the reader came from').to.equal(link);
    expect(link.getBoundingClientRect().top).to.be.within(0, window.innerHeight);
  });

  it('warns the editor once when cards link to this page but nothing here shows a case', async () => {
    // Said once per page: forget what earlier tests on this page were told.
    (globalThis as unknown as Record<symbol, Set<string> | undefined>)[Symbol.for('casekit:diagnostics')]?.clear();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      await fixture(html`<div><ck-case-card .data=${summary}></ck-case-card><ck-case-card .data=${summary}></ck-case-card></div>`);
    } finally {
      console.warn = original;
    }
    const lines = warnings.filter((w) => w.includes('no <ck-case-detail> without case-id'));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('href-template="/cases/{id}"');
  });
});
