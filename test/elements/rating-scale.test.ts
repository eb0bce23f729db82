import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/rating-scale/register.js';
import type { CkRatingScale } from '../../src/elements/rating-scale/rating-scale.js';
import { faultBase, nextEvent, waitFor, whileApiDown, withFault } from '../api/helpers.js';
import { watchFetch } from '../harness/fetch-watch.js';

const CASE = 'faellesskabsportraetter-holstebro';

const radios = (el: CkRatingScale) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
const checked = (el: CkRatingScale) => radios(el).map((r) => r.getAttribute('aria-checked') === 'true');
const focusedIndex = (el: CkRatingScale) => radios(el).indexOf(el.shadowRoot!.activeElement as HTMLElement);
const tabStops = (el: CkRatingScale) => radios(el).filter((r) => r.tabIndex === 0).length;

async function tabInto(el: CkRatingScale): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

describe('ck-rating-scale as a radio group (WAI-ARIA APG)', () => {
  afterEach(() => localStorage.clear());

  it('is a labelled radio group of the four answers with one tab stop', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale label="Er formålet opfyldt?"></ck-rating-scale>`);
    expect(radios(el).map((r) => r.textContent!.trim())).to.deep.equal([
      'Slet ikke',
      'I mindre grad',
      'I nogen grad',
      'I høj grad',
    ]);
    expect(tabStops(el)).to.equal(1);
    expect(radios(el)[0]!.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('exposes the answers as radios with names and checked state in the accessibility tree', async () => {
    await fixture<CkRatingScale>(html`<ck-rating-scale label="Er formålet opfyldt?" value="4" required></ck-rating-scale>`);
    interface Node { role: string; name: string; checked?: boolean | 'mixed'; children?: Node[] }
    // Puppeteer's snapshot keeps only "interesting" nodes: the radios, not their group (even a plain
    // <div role="radiogroup" aria-label> is left out), so the group's role and name are checked by axe.
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const radios: Node[] = [];
    const walk = (node: Node) => {
      if (node.role === 'radio') radios.push(node);
      node.children?.forEach(walk);
    };
    walk(snapshot);
    expect(radios.map((r) => r.name)).to.deep.equal(['Slet ikke', 'I mindre grad', 'I nogen grad', 'I høj grad']);
    expect(radios.map((r) => Boolean(r.checked))).to.deep.equal([false, false, false, true]);
  });

  it('walks by keyboard: Tab to the first, arrows move, select and wrap, Home/End, Space selects', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale label="Er formålet opfyldt?"></ck-rating-scale>`);
    await tabInto(el);
    expect(focusedIndex(el)).to.equal(0);
    expect(el.value).to.equal('');

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.equal('1');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([focusedIndex(el), el.value]).to.deep.equal([1, '2']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect([focusedIndex(el), el.value]).to.deep.equal([2, '3']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect([focusedIndex(el), el.value]).to.deep.equal([3, '4']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([focusedIndex(el), el.value], 'wraps to the first').to.deep.equal([0, '1']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect([focusedIndex(el), el.value], 'wraps to the last').to.deep.equal([3, '4']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect([focusedIndex(el), el.value]).to.deep.equal([0, '1']);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([false, false, false, true]);
    expect(tabStops(el)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('puts the tab stop on the checked answer and leaves the group with one Tab', async () => {
    const wrapper = await fixture(html`<div>
      <ck-rating-scale label="Er formålet opfyldt?" value="3"></ck-rating-scale><button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('ck-rating-scale')!;
    await tabInto(el);
    expect(focusedIndex(el)).to.equal(2);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });

  it('fires input and change when the reader chooses', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale label="Spørgsmål"></ck-rating-scale>`);
    const event = await nextEvent(el, 'change', () => radios(el)[1]!.click());
    expect(event.target).to.equal(el);
    expect(el.value).to.equal('2');
  });

  it('takes other labels and lengths', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale label="Ja eller nej?" .labels=${['Nej', 'Ja']}></ck-rating-scale>`);
    expect(radios(el).map((r) => r.textContent!.trim())).to.deep.equal(['Nej', 'Ja']);
    await tabInto(el);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal('1');
  });

  it('ignores the reader when disabled, and says so to assistive technology', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale label="Spørgsmål" disabled></ck-rating-scale>`);
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(radios(el).every((r) => r.getAttribute('aria-disabled') === 'true')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page says lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><ck-rating-scale label="Purpose?" required></ck-rating-scale></div>`);
    const el = wrapper.querySelector('ck-rating-scale')!;
    await el.updateComplete;
    expect(radios(el)[3]!.textContent!.trim()).to.equal('To a large extent');
    expect(el.validationMessage).to.equal('Choose an answer');
  });
});

describe('ck-rating-scale in a plain <form>', () => {
  it('submits its value in FormData, and a reset restores the default', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ck-rating-scale name="formaal" label="Er formålet opfyldt?" value="2"></ck-rating-scale>
    </form>`);
    const el = form.querySelector('ck-rating-scale')!;
    await el.updateComplete;
    expect(new FormData(form).get('formaal')).to.equal('2');
    radios(el)[3]!.click();
    await el.updateComplete;
    expect(new FormData(form).get('formaal')).to.equal('4');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('2');
    expect(new FormData(form).get('formaal')).to.equal('2');
    expect(checked(el)).to.deep.equal([false, true, false, false]);
  });

  it('is required with the message "Vælg et svar", blocks submit and shows the message at the field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ck-rating-scale name="formaal" label="Er formålet opfyldt?" required></ck-rating-scale>
    </form>`);
    const el = form.querySelector('ck-rating-scale')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Vælg et svar');
    expect(form.checkValidity()).to.be.false;
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.be.false;
    expect(el.matches(':state(user-invalid)')).to.be.true;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('Vælg et svar');
    await expect(el).to.be.accessible();

    radios(el)[0]!.click();
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
    expect(el.matches(':state(user-invalid)')).to.be.false;
    form.requestSubmit();
    expect(submitted).to.be.true;
  });

  it('is valid and in FormData at once: a change listener reads the new answer, and "Vælg et svar" clears in the same render', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ck-rating-scale name="formaal" label="Er formålet opfyldt?" required></ck-rating-scale>
    </form>`);
    const el = form.querySelector('ck-rating-scale')!;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]'), 'the message is shown after a failed submit').to.exist;

    const seen: { formData: string | null; valid: boolean }[] = [];
    el.addEventListener('change', () => seen.push({ formData: new FormData(form).get('formaal') as string | null, valid: el.checkValidity() }));
    radios(el)[2]!.click();
    expect(seen, 'read synchronously inside the change listener').to.deep.equal([{ formData: '3', valid: true }]);
    expect(el.validationMessage).to.equal('');
    // One render, the one that shows the answer, also takes the message away.
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([false, false, true, false]);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.matches(':state(user-invalid)')).to.be.false;

    el.value = '';
    expect(el.validity.valueMissing, 'setting value from script is also at once').to.be.true;
  });

  it('is left out of FormData and validation inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled><ck-rating-scale name="formaal" label="Spørgsmål" value="3" required></ck-rating-scale></fieldset>
    </form>`);
    const el = form.querySelector('ck-rating-scale')!;
    await el.updateComplete;
    expect(new FormData(form).has('formaal')).to.be.false;
    expect(form.checkValidity()).to.be.true;
    radios(el)[0]!.click();
    expect(el.value).to.equal('3');
    expect(radios(el)[0]!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('restores its state when the browser restores the form', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale name="x" label="Spørgsmål"></ck-rating-scale>`);
    el.formStateRestoreCallback('3');
    await el.updateComplete;
    expect(el.value).to.equal('3');
  });
});

describe('ck-rating-scale as a read-only display', () => {
  it('highlights the owner’s answer and shows the readers’ distribution as bars with counts, readable as text', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale
      readonly
      label="Er formålet opfyldt?"
      owner-answer="4"
      .distribution=${[0, 1, 3, 5]}
    ></ck-rating-scale>`);
    expect(radios(el)).to.have.length(0);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="row"]')];
    expect(rows.map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Slet ikke 0 stemmer',
      'I mindre grad 1 stemme',
      'I nogen grad 3 stemmer',
      'I høj grad Casens svar 5 stemmer',
    ]);
    expect(rows[3]!.getAttribute('part')).to.contain('row-owner');
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="bar"]')].map((b) => b.style.width);
    expect(bars).to.deep.equal(['0%', '11%', '33%', '56%']);
    expect(el.shadowRoot!.textContent).to.contain('9 læsere har svaret');
    await expect(el).to.be.accessible();
  });
});

describe('ck-rating-scale bound to a case (real API)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function bound() {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale case-id=${CASE} question="formaal"></ck-rating-scale>`);
    await waitFor(() => el.shadowRoot!.querySelector('[part="distribution"]'), 'ratings loaded');
    return el;
  }
  const counts = (el: CkRatingScale) =>
    [...el.shadowRoot!.querySelectorAll('[part="count"]')].map((c) => Number.parseInt(c.textContent!, 10));

  it('asks for the ratings once when it reaches the page (no request started and dropped)', async () => {
    const watch = watchFetch();
    try {
      const base = await faultBase();
      const el = await fixture<CkRatingScale>(html`<ck-rating-scale case-id=${CASE} question="formaal" api=${base}></ck-rating-scale>`);
      await waitFor(() => el.shadowRoot!.querySelector('[part="distribution"]'), 'ratings loaded');
      await watch.idle();
      const reads = watch.calls.filter((c) => c.url.startsWith(`${base}/cases/${CASE}/ratings`));
      expect(reads.map((c) => (c.signal?.aborted ? 'aborted' : 'answered'))).to.deep.equal(['answered']);
    } finally {
      watch.stop();
    }
  });

  it('shows the owner’s answer and the distribution, and stores nothing before the reader votes', async () => {
    const el = await bound();
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal('Er formålet opfyldt?');
    expect(el.shadowRoot!.querySelector('[part~="row-owner"]')!.textContent).to.contain('I høj grad');
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('records a vote, shows the new distribution, and a second vote replaces the first', async () => {
    const el = await bound();
    const before = counts(el);
    const first = await nextEvent(el, 'ck-vote', () => radios(el)[1]!.click());
    expect(first.detail.value).to.equal(2);
    await el.updateComplete;
    const tokens = JSON.parse(localStorage.getItem('casekit:vote-tokens')!) as Record<string, string>;
    expect(Object.values(tokens)).to.have.length(1);
    expect(Object.values(tokens)[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(counts(el)).to.deep.equal(before.map((n, i) => (i === 1 ? n + 1 : n)));
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('din stemme er gemt');

    await nextEvent(el, 'ck-vote', () => radios(el)[3]!.click());
    await el.updateComplete;
    expect(counts(el)).to.deep.equal(before.map((n, i) => (i === 3 ? n + 1 : n)));
    expect(document.cookie).to.equal('');
    await expect(el).to.be.accessible();

    // A reload shows the reader's own vote again.
    el.remove();
    const again = await bound();
    await again.updateComplete;
    expect(again.value).to.equal('4');
  });
});

describe('ck-rating-scale bound to a case, by keyboard (one vote per decision)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  const votesSent = () => performance.getEntriesByType('resource').filter((e) => /\/ratings\/formaal$/.test(e.name)).length;

  it('browsing with 11 arrow presses casts one vote, when the reader leaves the scale, with one status message', async () => {
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale case-id=${CASE} question="formaal"></ck-rating-scale>`);
    await waitFor(() => el.shadowRoot!.querySelector('[part="distribution"]'), 'ratings loaded');
    const status = el.shadowRoot!.querySelector('[part="status"]')!;
    const announcements: string[] = [];
    new MutationObserver(() => announcements.push(status.textContent!.trim())).observe(status, { childList: true, characterData: true, subtree: true });
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const before = votesSent();
    await tabInto(el);
    for (let i = 0; i < 11; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value, 'arrows still select, as in a native radio group').to.equal('4');
    expect(changes).to.equal(11);
    expect(votesSent() - before, 'no vote while browsing').to.equal(0);

    const vote = await nextEvent<CustomEvent>(el, 'ck-vote', () => sendKeys({ press: 'Tab' }));
    expect(vote.detail.value).to.equal(4);
    expect(votesSent() - before).to.equal(1);
    await el.updateComplete;
    expect(announcements.filter(Boolean)).to.deep.equal(['Gemmer din stemme …', 'Tak, din stemme er gemt. Du kan ændre den.']);
    expect(el.shadowRoot!.querySelector('[part~="row"]:last-child [part="your-vote"]')!.textContent, 'the reader’s own vote is labelled').to.equal('Din vurdering');
  });

  it('casts the answer the reader rests on after a pause, and none when they browse back to their saved vote', async function () {
    this.timeout(120_000);
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale case-id=${CASE} question="formaal"></ck-rating-scale>`);
    await waitFor(() => el.shadowRoot!.querySelector('[part="distribution"]'), 'ratings loaded');
    await tabInto(el);
    expect((await nextEvent<CustomEvent>(el, 'ck-vote', () => sendKeys({ press: 'Space' }))).detail.value, 'Space casts at once').to.equal(1);
    const before = votesSent();
    const vote = await nextEvent<CustomEvent>(el, 'ck-vote', () => sendKeys({ press: 'ArrowRight' }));
    expect(vote.detail.value).to.equal(2);
    expect(votesSent() - before).to.equal(1);

    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    (document.activeElement as HTMLElement).blur();
    await el.updateComplete;
    expect(votesSent() - before, 'back on the saved answer: nothing sent').to.equal(1);
  });
});

describe('ck-rating-scale when the server is down', () => {
  afterEach(() => localStorage.clear());

  it('keeps the reader’s choice, says the vote was not saved, and saves it on "Prøv igen"', async () => {
    const base = await faultBase();
    const el = await fixture<CkRatingScale>(html`<ck-rating-scale api=${base} case-id=${CASE} question="implementering"></ck-rating-scale>`);
    await waitFor(() => el.shadowRoot!.querySelector('[part="distribution"]'), 'ratings loaded');
    const status = () => el.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    await withFault('refuse', async () => {
      radios(el)[2]!.click();
      await waitFor(() => status().includes('blev ikke gemt'), 'failure shown');
      expect(status()).to.match(/Prøver igen om \d+ sekunder/);
      expect(el.value).to.equal('3');
      await expect(el).to.be.accessible();
    });
    const saved = await nextEvent<CustomEvent<{ value: number }>>(el, 'ck-vote', () =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('.status button')!.click(),
    );
    expect(saved.detail.value).to.equal(3);
  });

  it('shows a Danish error with "Prøv igen" when the ratings cannot load', async () => {
    await whileApiDown(async (base, restore) => {
      const el = await fixture<CkRatingScale>(html`<ck-rating-scale api=${base} case-id=${CASE} question="formaal"></ck-rating-scale>`);
      await waitFor(() => el.shadowRoot!.querySelector('[part="error"]'), 'error shown');
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Vurderingen kunne ikke hentes.');
      await expect(el).to.be.accessible();
      await restore();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitFor(() => el.shadowRoot!.querySelector('[part="distribution"]'), 'loaded after retry');
    });
  });
});
