import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/case-list/register.js';
import type { CkCaseList } from '../../src/elements/case-list/case-list.js';
import type { CkCaseCard } from '../../src/elements/case-card/case-card.js';
import type { CaseSearchResult } from '../../src/api/types.js';
import { apiBase, faultBase, freshBase, requestsTo, setFault, shadowSelector, textOf, waitFor, whileApiDown } from '../api/helpers.js';
import { watchFetch } from '../harness/fetch-watch.js';

const SEED_IDS = [
  'faellesskabsportraetter-holstebro',
  'beboerdrevet-sundhedsfremme-koege-roskilde',
  'ensomhed-som-tema-for-samskabelsesprocesser',
  'fremtidens-partnerskaber',
  'plads-til-naervaer-og-hjerte',
];

const $ = <T extends Element = HTMLElement>(el: CkCaseList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: CkCaseList, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const ids = (el: CkCaseList) => $$<CkCaseCard>(el, 'ck-case-card').map((card) => card.data!.id);
const count = (el: CkCaseList) => textOf($(el, '[part~="count"]'));
const facet = (el: CkCaseList, legend: string) =>
  $$(el, 'fieldset').find((set) => textOf(set.querySelector('legend')) === legend);
const option = (el: CkCaseList, legend: string, label: string) =>
  [...(facet(el, legend)?.querySelectorAll('label') ?? [])].find((l) => textOf(l.querySelector('.option-label')) === label);

/** Waits until the list shows the answer to its current query. */
async function settled(el: CkCaseList) {
  await waitFor(
    () => $(el, '[part~="results"]')?.getAttribute('aria-busy') === 'false' && ($(el, '[part~="list"] ck-case-card') || $(el, '[part~="empty"]') || $(el, '[part~="error"]')),
    'the list did not settle',
  );
  await el.updateComplete;
}

async function type(el: CkCaseList, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  for (let i = 1; i <= text.length; i++) {
    input.value = text.slice(0, i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Key by key, each after the list has rendered the last, and quicker than the debounce on any machine.
    await el.updateComplete;
  }
}

describe('ck-case-list', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  after(() => history.replaceState(null, '', location.pathname));

  it('shows the seeded cases, newest first, with the count in a polite live region', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list page-size="100"></ck-case-list>`);
    expect($(el, '[part~="loading"]')).to.exist;
    await expect(el).to.be.accessible();
    await settled(el);
    expect(ids(el)).to.include.members(SEED_IDS);
    expect(ids(el)).to.have.length(100);
    const status = $(el, '[part~="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(count(el)).to.match(/^\d{1,3}(\.\d{3})* cases$/);
    expect($(el, 'form')!.getAttribute('role')).to.equal('search');
    await expect(el).to.be.accessible();
  });

  it('search-as-you-type: "ensomheden" finds the co-creation case on loneliness, with one request', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list page-size="50"></ck-case-list>`);
    await settled(el);
    const before = requestsTo('q=ensomhed');
    const historyLength = history.length;
    await type(el, 'ensomheden');
    await waitFor(() => new URL(location.href).searchParams.get('ck-q') === 'ensomheden', 'URL not updated');
    await settled(el);
    expect(ids(el)).to.include('ensomhed-som-tema-for-samskabelsesprocesser');
    expect(requestsTo('q=ensomhed') - before).to.equal(1);
    expect(history.length).to.equal(historyLength);
    expect(($(el, 'select') as HTMLSelectElement).value).to.equal('relevance');
  });

  it('a municipality filter narrows the list, its count matches, and it shows as a removable chip', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    const fano = option(el, 'Kommune', 'Fanø')!;
    const facetCount = Number(textOf(fano.querySelector('.option-count')).replace(/\D/g, ''));
    fano.querySelector('input')!.click();
    await waitFor(() => count(el) === `${facetCount} cases`, `count is ${count(el)}`);
    await settled(el);
    expect(ids(el)).to.have.length(facetCount);
    expect(new URL(location.href).searchParams.getAll('ck-municipality')).to.deep.equal(['Fanø']);
    const chip = $(el, '[part~="chip"]')!;
    expect(chip.getAttribute('aria-label')).to.equal('Fjern filter: Kommune Fanø');
    await expect(el).to.be.accessible();
    chip.click();
    await waitFor(() => !$(el, '[part~="chip"]'));
    await settled(el);
    expect(Number(count(el).replace(/\D/g, ''))).to.be.greaterThan(facetCount);
  });

  it('pages through results', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list page-size="2" municipality="Fanø"></ck-case-list>`);
    await settled(el);
    const first = ids(el);
    expect(textOf($(el, '[part~="pager"]'))).to.contain('Side 1 af 4');
    const next = [...$(el, '[part~="pager"]')!.querySelectorAll('button')].find((b) => textOf(b) === 'Næste')!;
    next.click();
    await waitFor(() => textOf($(el, '[part~="pager"]')).includes('Side 2 af 4'));
    await settled(el);
    expect(ids(el)).to.have.length(2);
    expect(ids(el)).not.to.include.members(first);
    expect(new URL(location.href).searchParams.get('ck-page')).to.equal('2');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#results'));
  });

  it('restores its state from the URL after a reload', async () => {
    history.replaceState(null, '', '?ck-q=ensomhed&ck-theme=Ensomhed&ck-sort=title&other=cms');
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('ensomhed');
    expect(option(el, 'Tema', 'Ensomhed')!.querySelector('input')!.checked).to.equal(true);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('title');
    const titles = $$<CkCaseCard>(el, 'ck-case-card').map((c) => c.data!.title);
    expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'da')));
    expect(new URL(location.href).searchParams.get('other')).to.equal('cms');
  });

  it('starts from its q and page attributes when the address has no list state, and the address wins when it has', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list q="ensomhed" page="2" page-size="2"></ck-case-list>`);
    await settled(el);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('ensomhed');
    expect(textOf($(el, '[part~="pager"]'))).to.match(/Side 2 af \d/);
    expect(ids(el)).to.have.length.greaterThan(0);
    // The reader's own search in the address goes before the preset.
    history.replaceState(null, '', '?ck-q=holstebro');
    const own = await fixture<CkCaseList>(html`<ck-case-list q="ensomhed" page="2"></ck-case-list>`);
    await settled(own);
    expect($<HTMLInputElement>(own, 'input[type="search"]')!.value).to.equal('holstebro');
    expect($(own, '[part~="pager"]')?.textContent ?? '').not.to.contain('Side 2');
  });

  it('follows back and forward', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    option(el, 'Kommune', 'Fanø')!.querySelector('input')!.click();
    await waitFor(() => $(el, '[part~="chip"]'));
    await settled(el);
    const filtered = count(el);
    const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    let pop = popped();
    history.back();
    await pop;
    await waitFor(() => !$(el, '[part~="chip"]'), 'back did not remove the filter');
    await settled(el);
    expect(count(el)).not.to.equal(filtered);
    pop = popped();
    history.forward();
    await pop;
    await waitFor(() => count(el) === filtered, 'forward did not restore the filter');
  });

  it('a preset attribute locks a filter: not shown, not removable, not overridden by the URL', async () => {
    history.replaceState(null, '', '?ck-municipality=Fanø');
    const el = await fixture<CkCaseList>(html`<ck-case-list municipality="Holstebro"></ck-case-list>`);
    await settled(el);
    expect(ids(el)).to.deep.equal(['faellesskabsportraetter-holstebro']);
    expect(count(el)).to.equal('1 case');
    expect(facet(el, 'Kommune')).to.equal(undefined);
    expect($(el, '[part~="chip"]')).to.equal(null);
    expect(facet(el, 'Tema')).to.exist;
  });

  it('locks several values of one filter with `filters` in the list API’s syntax: cases of any of them, the filter not shown, the URL not obeyed', async () => {
    history.replaceState(null, '', '?ck-municipality=Fanø');
    const expected = (await (await fetch(`${apiBase()}/cases?municipality=Holstebro&municipality=K%C3%B8ge&pageSize=100`)).json()) as CaseSearchResult;
    expect(expected.items.map((c) => c.id)).to.include.members(['faellesskabsportraetter-holstebro', 'beboerdrevet-sundhedsfremme-koege-roskilde']);
    const el = await fixture<CkCaseList>(html`<ck-case-list page-size="100" filters=${'municipality=Holstebro&municipality=Køge'}></ck-case-list>`);
    await settled(el);
    expect(ids(el).sort()).to.deep.equal(expected.items.map((c) => c.id).sort());
    expect(count(el)).to.equal(`${expected.total} cases`);
    expect(facet(el, 'Kommune')).to.equal(undefined);
    expect($(el, '[part~="chip"]')).to.equal(null);
    // With a one-value attribute beside it, the locks add up; the attribute's spelling of a name works too.
    const combined = (await (await fetch(`${apiBase()}/cases?municipality=Holstebro&municipality=K%C3%B8ge&interventionType=projekt&pageSize=100`)).json()) as CaseSearchResult;
    expect(combined.total).to.be.greaterThan(0).and.lessThan(expected.total);
    el.setAttribute('filters', 'municipality=Køge&intervention-type=projekt');
    el.setAttribute('municipality', 'Holstebro');
    await waitFor(() => count(el) === `${combined.total} ${combined.total === 1 ? 'case' : 'cases'}`, 'the cases under the combined locks');
    await settled(el);
    expect(ids(el).sort()).to.deep.equal(combined.items.map((c) => c.id).sort());
    expect(facet(el, 'Type indsats')).to.equal(undefined);
  });

  it('folds the filters into "Vis filtre" when it narrows and unfolds them when it widens, with no ResizeObserver error on the page', async () => {
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"><ck-case-list page-size="3"></ck-case-list></div>`);
      const el = box.querySelector<CkCaseList>('ck-case-list')!;
      await settled(el);
      expect($(el, 'details'), 'wide: the filters are out').to.equal(null);
      expect(facet(el, 'Kommune')).to.exist;

      box.style.width = '400px';
      const fold = await waitFor(() => $<HTMLDetailsElement>(el, 'details'), 'the filters did not fold at 400 px');
      expect(textOf(fold.querySelector('summary'))).to.equal('Vis filtre');
      expect(fold.open, 'folded filters start closed').to.equal(false);

      box.style.width = '800px';
      await waitFor(() => !$(el, 'details'), 'the filters did not unfold at 800 px');
      // The browser reports a loop at the end of the frame that had it.
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      expect(pageErrors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('hide-filters hides the filter panel', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list hide-filters theme="Ensomhed"></ck-case-list>`);
    await settled(el);
    expect($(el, '[part~="filters"]')).to.equal(null);
    expect(ids(el).length).to.be.greaterThan(0);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    history.replaceState(null, '', '?ck-q=zzxqvw');
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    expect(textOf($(el, '[part~="empty"]'))).to.contain('Ingen cases matcher din søgning.');
    expect(count(el)).to.equal('0 cases');
    await expect(el).to.be.accessible();
    $(el, '[part~="empty"] button')!.click();
    await waitFor(() => $(el, '[part~="list"] ck-case-card'));
    expect(new URL(location.href).searchParams.has('ck-q')).to.equal(false);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
  });

  it('never lets a slower, older answer overwrite a newer one', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list api=${freshBase()}></ck-case-list>`);
    await settled(el);
    const watch = watchFetch();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    const form = $<HTMLFormElement>(el, 'form')!;
    input.value = 'alkohol';
    input.dispatchEvent(new Event('input'));
    form.requestSubmit();
    input.value = 'søvn';
    input.dispatchEvent(new Event('input'));
    form.requestSubmit();
    await waitFor(() => new URL(location.href).searchParams.get('ck-q') === 'søvn');
    await settled(el);
    // Both answers are in (or the older one was aborted) before the list is judged.
    await watch.idle();
    watch.stop();
    await el.updateComplete;
    const themes = $$<CkCaseCard>(el, 'ck-case-card').map((c) => c.data!.themes.join(' ') + c.data!.title);
    expect(themes.every((text) => /søvn/i.test(text))).to.equal(true);
  });

  it('shows a Danish error when the server is down, and "Prøv igen" recovers', async () => {
    await whileApiDown(async (base, restore) => {
      const el = await fixture<CkCaseList>(html`<ck-case-list api=${base} theme="Søvn"></ck-case-list>`);
      const error = await shadowSelector(el, '[part~="error"]');
      expect(textOf(error)).to.contain('Listen over cases kunne ikke hentes.');
      await expect(el).to.be.accessible();
      await restore();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await waitFor(() => $(el, '[part~="list"] ck-case-card'), 'no results after retry');
      expect(ids(el).length).to.be.greaterThan(0);
    });
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list lang="en" municipality="Holstebro"></ck-case-list>`);
    await settled(el);
    expect(count(el)).to.equal('1 case');
    expect(textOf($(el, 'form label'))).to.equal('Search cases');
    expect(facet(el, 'Type of intervention')).to.exist;
    expect(option(el, 'Budget per year', '< DKK 50,000')).to.exist;
    // Language of parts: the cases' own words are Danish on an English page, the interface's are not.
    expect(facet(el, 'Theme')!.querySelector('.option-label')!.getAttribute('lang')).to.equal('da');
    expect(option(el, 'Type of intervention', 'Project')?.querySelector('.option-label')!.hasAttribute('lang')).to.equal(false);
  });

  it('seeds the card cache: a card of a listed case on the same page makes no request', async () => {
    const base = freshBase();
    const el = await fixture<CkCaseList>(html`<ck-case-list api=${base} municipality="Holstebro"></ck-case-list>`);
    await settled(el);
    const before = requestsTo(`${base}/cases/faellesskabsportraetter-holstebro`);
    const card = await fixture<CkCaseCard>(html`<ck-case-card api=${base} case-id="faellesskabsportraetter-holstebro"></ck-case-card>`);
    expect(card.shadowRoot!.querySelector('article')).to.exist;
    expect(requestsTo(`${base}/cases/faellesskabsportraetter-holstebro`)).to.equal(before);
  });
});

describe('ck-case-list: focus, filter order and finding a value', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  afterEach(() => setFault('none'));
  after(() => history.replaceState(null, '', location.pathname));

  const inside = (el: CkCaseList) => el.shadowRoot!.activeElement as HTMLElement | null;
  const values = (el: CkCaseList, legend: string) => [...facet(el, legend)!.querySelectorAll('.option-label')].map((l) => textOf(l));

  it('announces loading once, and has no empty "Filtrér" region before the facets arrive', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list api=${await faultBase()}></ck-case-list>`);
    expect($$(el, '[role="status"]').filter((s) => !s.closest('[aria-hidden="true"]'))).to.have.length(1);
    expect(count(el)).to.equal('Søger …');
    expect($(el, 'section[part~="filters"]'), 'an empty named region').to.equal(null);
    await settled(el);
    expect($(el, 'section[part~="filters"]')).to.exist;
  });

  it('orders economy by amount and equal counts alphabetically; a ticked value stays where it was', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    expect(values(el, 'Økonomi pr. år').map((v) => v.replace(/\s*[–-]\s*/, '–'))).to.deep.equal([
      '< 50.000 kr.', '50.000–250.000 kr.', '250.000–500.000 kr.', '500.000–1.000.000 kr.', '> 1.000.000 kr.',
    ]);
    const themes = facet(el, 'Tema')!;
    const counted = [...themes.querySelectorAll('label')].map((l) => ({ name: textOf(l.querySelector('.option-label')), n: Number(textOf(l.querySelector('.option-count')).replace(/\D/g, '')) }));
    for (let i = 1; i < counted.length; i++) {
      const [a, b] = [counted[i - 1]!, counted[i]!];
      expect(a.n > b.n || (a.n === b.n && a.name.localeCompare(b.name, 'da') < 0), `${a.name} (${a.n}) before ${b.name} (${b.n})`).to.equal(true);
    }
    const before = values(el, 'Tema');
    const third = before[2]!;
    option(el, 'Tema', third)!.querySelector('input')!.click();
    await waitFor(() => count(el) && new URL(location.href).searchParams.get('ck-theme') === third);
    await settled(el);
    expect(values(el, 'Tema').indexOf(third), 'the ticked value did not jump').to.equal(2);
  });

  it('"Vis alle" on a long list opens a field that finds a value by typing, also without æ/ø/å', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    const more = facet(el, 'Kommune')!.querySelector<HTMLButtonElement>('.more')!;
    more.focus();
    more.click();
    await el.updateComplete;
    const find = facet(el, 'Kommune')!.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(inside(el), 'focus moves to what "Vis alle" revealed above it').to.equal(find);
    expect(textOf(find.closest('label'))).to.equal('Find kommune');
    find.value = 'koge';
    find.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(values(el, 'Kommune')).to.include('Køge');
    expect(values(el, 'Kommune').every((v) => /k(ø|o)ge/i.test(v))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps focus meaningful: removing a chip focuses the next chip, "Ryd alle" the search field', async () => {
    history.replaceState(null, '', '?ck-municipality=Holstebro&ck-municipality=K%C3%B8ge&ck-evaluated=true');
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    const chips = () => $$(el, '[part~="chip"]');
    expect(chips()).to.have.length(3);
    const first = chips()[0]!;
    const firstName = first.getAttribute('aria-label');
    first.focus();
    first.click();
    await el.updateComplete;
    expect(chips()).to.have.length(2);
    expect(chips().includes(first), 'the removed chip’s button is gone, not renamed').to.equal(false);
    expect(inside(el)).to.equal(chips()[0]);
    expect(inside(el)!.getAttribute('aria-label')).to.not.equal(firstName);

    $(el, '[part~="chips"] [part~="clear"]')!.click();
    await el.updateComplete;
    expect(chips()).to.have.length(0);
    expect(inside(el)?.id, '"Ryd alle" leaves the reader in the search field').to.equal('q');
  });

  it('"Prøv igen" leaves focus on the new button when it fails again, and on the results when it works', async () => {
    const base = await faultBase();
    await setFault('500', { path: '/cases' });
    const el = await fixture<CkCaseList>(html`<ck-case-list api=${base}></ck-case-list>`);
    let retry = await shadowSelector(el, '[part~="retry"]');
    retry.focus();
    retry.click();
    const first = retry;
    await waitFor(() => inside(el)?.getAttribute('part') === 'retry' && inside(el) !== first, 'focus on the new "Prøv igen"');
    await setFault('none');
    retry = inside(el)!;
    retry.click();
    await settled(el);
    await waitFor(() => inside(el), 'focus fell to <body>');
    expect(inside(el)!.id).to.equal('results');
  });

  it('"Ryd søgning og filtre" in the empty state leaves focus in the search field', async () => {
    history.replaceState(null, '', '?ck-q=zzxqvw');
    const el = await fixture<CkCaseList>(html`<ck-case-list></ck-case-list>`);
    await settled(el);
    $(el, '[part~="empty"] button')!.click();
    await el.updateComplete;
    expect(inside(el)?.id).to.equal('q');
  });
});
