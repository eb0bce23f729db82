// First, so that every shadow root is watched from its creation.
import { afterFailedImageLoads, deepText, injectedNow, peekFindings, shadowRoots, squeeze, takeFindings, unsafeUrls } from './hostile-page.js';
import { expect, fixture, html } from '@open-wc/testing';
import { clickForMore, waitFor } from '../harness/wait-for.js';
import { render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import type { Comment } from '../../src/api/types.js';
import { defaultApiBase } from '../../src/api/page-default.js';
import type { CkCaseList } from '../../src/elements/case-list/case-list.js';
import type { CkContactBox } from '../../src/elements/contact-box/contact-box.js';
import type { CkRatingScale } from '../../src/elements/rating-scale/rating-scale.js';
import {
  TEST_MUNICIPALITY,
  cardTexts,
  contactTexts,
  detailTexts,
  hostileCase,
  hostileComments,
  postComments,
  publishCase,
  rejectCases,
  type FullCase,
} from './api-cases.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

/**
 * Hostile text through the real API into every widget. Three cases hold the
 * whole corpus in every text field (rotated, so each payload meets several
 * kinds of field), and each payload is also a comment (text and author name)
 * on one of them. Pass: nothing runs, no script-capable link is made, and every
 * payload is there to read as text.
 */
const CASES = 3;
const cases: { id: string; input: FullCase; comments: Comment[] }[] = [];

/** The texts that `root` (shadow roots included) does not show as text. */
function missing(root: Node, texts: readonly string[]): string[] {
  const shown = squeeze(deepText(root));
  return [...new Set(texts)].filter((text) => !shown.includes(squeeze(text)));
}

/** Nothing ran, nothing was injected, no `javascript:`/`data:`/`vbscript:` address anywhere. */
async function expectHarmless(): Promise<void> {
  await afterFailedImageLoads();
  const findings = takeFindings();
  expect(findings, 'what hostile text made happen').to.deep.equal({ executed: [], errors: [], violations: [], injected: [], rejections: [] });
  expect(unsafeUrls(), 'script-capable addresses').to.deep.equal([]);
  expect(injectedNow(), 'elements no Casekit template makes').to.deep.equal([]);
}

const allComments = (comments: readonly Comment[]): Comment[] => comments.flatMap((c) => [c, ...allComments(c.replies ?? [])]);
const commentTexts = (comments: readonly Comment[]) => allComments(comments).flatMap((c) => [c.authorName, c.text]);

async function loaded(el: Element, selector: string): Promise<void> {
  await waitFor(() => el.shadowRoot?.querySelector(selector), `<${el.localName}> shows ${selector}`);
}

describe('hostile text in every widget (real API)', function () {
  this.timeout(120_000);

  before(async function () {
    this.timeout(180_000);
    expect(XSS_PAYLOADS.length).to.be.at.least(150);
    for (let k = 0; k < CASES; k++) {
      const input = hostileCase(XSS_PAYLOADS, k);
      const id = await publishCase(input);
      const mine = hostileComments(XSS_PAYLOADS.filter((_, i) => i % CASES === k));
      cases.push({ id, input, comments: await postComments(id, mine) });
    }
    takeFindings();
  });

  after(async () => {
    await rejectCases(cases.map((c) => c.id));
    localStorage.clear();
  });

  beforeEach(() => {
    history.replaceState(null, '', location.pathname);
    localStorage.clear();
  });

  it('the page watch catches a payload rendered as HTML, a javascript: link and an HTML sink without Trusted Types', async () => {
    const el = await fixture(html`<div></div>`);
    const root = el.attachShadow({ mode: 'open' });
    render(html`${unsafeHTML('<img src=x onerror=__xss(1)>')}<a href=${'java\tscript:__xss(2)'}>x</a>`, root);
    await waitFor(() => peekFindings().executed.length, 'the injected onerror ran');
    await afterFailedImageLoads();
    const findings = takeFindings();
    expect(findings.executed).to.deep.equal(['__xss(1)']);
    expect(injectedNow()).to.deep.equal(['onerror on <img>']);
    expect(unsafeUrls()).to.deep.equal(['<a href="java\tscript:__xss(2)">']);
    expect(() => (root.innerHTML = '<b>x</b>')).to.throw(TypeError);
    await waitFor(() => peekFindings().violations.length, 'the Trusted Types violation is reported'); // a task later
    expect(takeFindings().violations).to.deep.equal(['require-trusted-types-for: ShadowRoot innerHTML|<b>x</b>']);
    el.remove();
  });

  it('the API stores every payload as it was sent (the widgets get hostile text, not a cleaned copy)', async () => {
    const stored = (await (await fetch(`${defaultApiBase()}/cases/${cases[0]!.id}`)).json()) as FullCase;
    expect(stored.description).to.equal(cases[0]!.input.description);
    expect(stored.quotes.map((q) => q.text)).to.deep.equal(cases[0]!.input.quotes.map((q) => q.text.trim()));
    const shown = cases.flatMap((c) => [...detailTexts(c.input), ...cardTexts(c.input)]).join('\n');
    expect(XSS_PAYLOADS.filter((p) => !shown.includes(p.trim())), 'payloads in no shown field of any case').to.deep.equal([]);
    // Names lose their bidi controls at the API (they make no sense there); texts keep them.
    const commented = squeeze(cases.flatMap((c) => commentTexts(c.comments)).join('\n'));
    expect(XSS_PAYLOADS.filter((p) => !commented.includes(squeeze(p))), 'payloads in no comment').to.deep.equal([]);
  });

  it('ck-case-card shows each case as text, links only to http(s), and refuses a javascript: href-template', async () => {
    const el = await fixture(html`<div>
      ${cases.map((c) => html`<ck-case-card case-id=${c.id}></ck-case-card>`)}
      <ck-case-card case-id=${cases[0]!.id} compact></ck-case-card>
      <ck-case-card case-id=${cases[1]!.id} href-template="javascript:__xss('{id}')"></ck-case-card>
      <ck-case-card case-id=${cases[2]!.id} href-template=${"data:text/html,<script>__xss('{id}')</script>"}></ck-case-card>
    </div>`);
    const cards = [...el.querySelectorAll('ck-case-card')];
    for (const card of cards) await loaded(card, '[part~="views"]');
    cases.forEach((c, i) => expect(missing(cards[i]!, cardTexts(c.input)), `card ${i}`).to.deep.equal([]));
    for (const card of cards.slice(0, CASES)) {
      expect(card.shadowRoot!.querySelector('a[part="link"]')!.getAttribute('href')).to.match(/^\?ck-case=xss-/);
    }
    expect(cards.at(-2)!.shadowRoot!.querySelector('a'), 'no link from a javascript: template').to.equal(null);
    expect(cards.at(-1)!.shadowRoot!.querySelector('a'), 'no link from a data: template').to.equal(null);
    expect(squeeze(deepText(cards.at(-2)!))).to.contain(squeeze(cases[1]!.input.title));
    await expectHarmless();
  });

  it('ck-case-list shows the cases and every facet value as text', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list municipality=${TEST_MUNICIPALITY} page-size="20"></ck-case-list>`);
    await waitFor(() => el.shadowRoot!.querySelectorAll('ck-case-card').length === CASES, 'three cards');
    for (const card of el.shadowRoot!.querySelectorAll('ck-case-card')) await loaded(card, '[part~="views"]');
    // "Vis alle" in every facet.
    for (const more of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more')) more.click();
    await el.updateComplete;
    const facetValues = cases.flatMap((c) => [...c.input.themes, ...c.input.targetGroups, ...c.input.preventionPackages]);
    expect(missing(el, cases.flatMap((c) => cardTexts(c.input))), 'card texts').to.deep.equal([]);
    expect(missing(el, facetValues), 'facet values').to.deep.equal([]);
    // Choosing a hostile facet value filters by it, shows it as a chip and puts it in the address, as text.
    const option = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.option')].find(
      (label) => label.textContent!.includes(cases[0]!.input.themes[0]!.trim()),
    )!;
    option.querySelector('input')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('[part="chip"]'), 'a chip');
    expect(squeeze(deepText(el.shadowRoot!.querySelector('[part="chips"]')!))).to.contain(squeeze(cases[0]!.input.themes[0]!));
    expect(new URL(location.href).searchParams.get('ck-theme')).to.equal(cases[0]!.input.themes[0]!.trim());
    await waitFor(() => el.shadowRoot!.querySelectorAll('ck-case-card').length >= 1 && !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'filtered');
    await expectHarmless();
  });

  it('ck-case-detail shows every field, its contacts, comments and section feedback as text; material links only for http(s)', async function () {
    for (const c of cases) {
      const el = await fixture(html`<ck-case-detail case-id=${c.id}></ck-case-detail>`);
      await loaded(el, 'article');
      const thread = el.shadowRoot!.querySelector('ck-comment-thread[part="comments"]')!;
      await loaded(thread, '[part="list"]');
      const shown = () => thread.shadowRoot!.querySelectorAll('[part~="comment"]').length;
      await clickForMore(() => thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]'), shown, allComments(c.comments).length, 'every comment');
      expect(shown()).to.equal(allComments(c.comments).length, 'every comment');
      const scales = [...el.shadowRoot!.querySelectorAll('ck-rating-scale')];
      for (const scale of scales) await loaded(scale, '[part="distribution"]');
      const contactBox = el.shadowRoot!.querySelector<CkContactBox>('ck-contact-box')!;
      await contactBox.updateComplete;

      expect(missing(el, detailTexts(c.input)), `case page ${c.id}`).to.deep.equal([]);
      expect(missing(el, commentTexts(c.comments)), `comments on ${c.id}`).to.deep.equal([]);
      const feedback = allComments(c.comments).filter((comment) => comment.section === 'formaal');
      expect(missing(el.shadowRoot!.querySelector('#formaal')!, feedback.map((f) => f.text)), 'feedback beside its section').to.deep.equal([]);
      // Materials: a hostile address leaves the title as text; the one https address is a link.
      const links = [...el.shadowRoot!.querySelectorAll('[part="materials"] a')].map((a) => a.getAttribute('href'));
      expect(links.length).to.be.greaterThan(0);
      expect(links.every((href) => href!.startsWith('https://example.dk/')), links.join(' ')).to.equal(true);
      // Phones are linked as digits only.
      for (const phone of shadowRoots(el).flatMap((root) => [...root.querySelectorAll('[part="phone"]')])) {
        expect(phone.getAttribute('href')).to.match(/^tel:\+?\d+$/);
      }
      await expectHarmless();
    }
  });

  it('ck-comment-thread shows every author name and comment as text, with only http(s) links', async () => {
    for (const c of cases) {
      const el = await fixture(html`<ck-comment-thread case-id=${c.id} page-size="100"></ck-comment-thread>`);
      await waitFor(() => el.shadowRoot!.querySelectorAll('[part~="comment"]').length === allComments(c.comments).length, 'every comment');
      expect(missing(el, commentTexts(c.comments))).to.deep.equal([]);
      for (const a of el.shadowRoot!.querySelectorAll('[part="text"] a')) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      // "Svar" on a hostile author opens a reply form labelled with the name, as text.
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reply-button"]')!;
      button.click();
      await waitFor(() => el.shadowRoot!.querySelectorAll('form').length === 2, 'reply form');
      await expectHarmless();
    }
  });

  it('ck-contact-box shows hostile attributes and a hostile contacts property as text, and links phone and e-mail safely', async () => {
    const people = XSS_PAYLOADS.map((p) => ({ name: p, jobTitle: p, department: p, organisation: p, phone: p, email: p }));
    const el = await fixture(html`<div>
      ${XSS_PAYLOADS.map((p) => html`<ck-contact-box name=${p} job-title=${p} department=${p} organisation=${p} phone=${p} email=${p}></ck-contact-box>`)}
      <ck-contact-box .contacts=${people}></ck-contact-box>
      <ck-contact-box case-id=${cases[0]!.id}></ck-contact-box>
    </div>`);
    const boxes = [...el.querySelectorAll<CkContactBox>('ck-contact-box')];
    for (const box of boxes) await box.updateComplete;
    await loaded(boxes.at(-1)!, '[part="contact"]');
    const shown = (p: string) => [p, p, p, p, p];
    XSS_PAYLOADS.forEach((p, i) => expect(missing(boxes[i]!, shown(p)), `attributes ${i}`).to.deep.equal([]));
    expect(missing(boxes.at(-2)!, XSS_PAYLOADS), 'contacts property').to.deep.equal([]);
    expect(missing(boxes.at(-1)!, cases[0]!.input.contacts.flatMap(contactTexts)), 'contacts of a case').to.deep.equal([]);
    for (const box of boxes) {
      for (const a of box.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(tel:\+?\d+|mailto:)/s);
    }
    await expectHarmless();
  });

  it('ck-rating-scale shows hostile labels, descriptions and answer texts as text, bound to a hostile case too', async () => {
    const labels = XSS_PAYLOADS.slice(0, 4);
    const el = await fixture(html`<div>
      ${XSS_PAYLOADS.map((p, i) => html`<ck-rating-scale label=${p} description=${XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length]!} .labels=${labels}></ck-rating-scale>`)}
      <ck-rating-scale readonly owner-answer="2" label=${XSS_PAYLOADS[5]!} .labels=${labels} .distribution=${[1, 2, 3, 4]}></ck-rating-scale>
      ${cases.map((c) => html`<ck-rating-scale case-id=${c.id} question="formaal"></ck-rating-scale>`)}
    </div>`);
    const scales = [...el.querySelectorAll<CkRatingScale>('ck-rating-scale')];
    for (const scale of scales.slice(-CASES)) await loaded(scale, '[part="distribution"]');
    XSS_PAYLOADS.forEach((p, i) => expect(missing(scales[i]!, [p, XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length]!, ...labels]), `scale ${i}`).to.deep.equal([]));
    expect(missing(scales[XSS_PAYLOADS.length]!, [XSS_PAYLOADS[5]!, ...labels])).to.deep.equal([]);
    // Choosing an answer with a hostile text works as usual.
    scales[0]!.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[2]!.click();
    expect(scales[0]!.value).to.equal('3');
    await expectHarmless();
  });

  it('ck-case-form and a comment form restore a hostile draft into their fields, as values', async () => {
    const form = await fixture(html`<ck-case-form></ck-case-form>`);
    const fields = [...form.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[id^="f-"], textarea[id^="f-"]')];
    const draft = Object.fromEntries(fields.map((f, i) => [f.id.slice(2).replace(/-/g, '.'), XSS_PAYLOADS[i * 7 % XSS_PAYLOADS.length]!]));
    localStorage.setItem('casekit:draft:case-form', JSON.stringify(draft));
    form.remove();

    const caseId = cases[0]!.id;
    localStorage.setItem(`casekit:draft:comment:${caseId}:-:-`, JSON.stringify({ authorName: XSS_PAYLOADS[1], email: '', text: XSS_PAYLOADS.join('\n') }));
    const el = await fixture(html`<div><ck-case-form></ck-case-form><ck-comment-thread case-id=${caseId} page-size="1"></ck-comment-thread></div>`);
    const restored = el.querySelector('ck-case-form')!;
    await (restored as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (const [key, value] of Object.entries(draft)) {
      const field = restored.shadowRoot!.querySelector<HTMLInputElement>(`#f-${key.replace(/\./g, '-')}`)!;
      expect(field.value, key).to.equal(value);
    }
    const thread = el.querySelector('ck-comment-thread')!;
    await loaded(thread, '[part="list"]');
    const form2 = [...thread.shadowRoot!.querySelectorAll('form')].at(-1)!;
    expect(form2.querySelector('input')!.value).to.equal(XSS_PAYLOADS[1]);
    expect(form2.querySelector('textarea')!.value).to.equal(XSS_PAYLOADS.join('\n'));
    await expectHarmless();
  });
});
