/**
 * The editorial desk end to end in the browser: a case submitted through ck-case-form is found
 * on the demo's moderation page, shown exactly as it will look, corrected, published — and then
 * read in ck-case-list, corrected, with no new filter value. The page is plain Danish and does
 * not grow wider than a phone for a long unbroken word.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/elements/case-form/register.js';
import '../../src/elements/case-detail/register.js';
import '../../src/elements/case-list/register.js';
import type { CkCaseForm } from '../../src/elements/case-form/case-form.js';
import type { CaseSearchResult } from '../../src/api/types.js';
import { apiBase, nextEvent, textOf, waitFor } from '../api/helpers.js';

const inForm = <T extends HTMLElement = HTMLInputElement>(el: CkCaseForm, id: string) => el.shadowRoot!.querySelector<T>(`#${id}`)!;
function set(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input'): void {
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

async function facets(): Promise<Record<string, string[]>> {
  const result = (await (await fetch(`${apiBase()}/cases?pageSize=1`)).json()) as CaseSearchResult;
  return Object.fromEntries(Object.entries(result.facets).map(([k, v]) => [k, v.map((f) => f.value).sort()]));
}

/** The demo page's main content, with its style sheets and its own script, in this test page. */
async function openModerationPage(): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/moderation.html')).text(), 'text/html');
  await Promise.all(
    [...page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => {
      const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/demo${link.getAttribute('href')}` });
      document.head.append(sheet);
      return new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
    }),
  );
  // The page finds its API as the demo's does, from the Casekit script tag's data-api: here, the test API.
  const tag = Object.assign(document.createElement('script'), { type: 'text/plain' });
  tag.setAttribute('data-api', apiBase());
  document.head.append(tag);
  const main = document.importNode(page.querySelector('main')!, true);
  document.body.append(main);
  const script = '/demo/assets/moderation.js';
  await import(/* @vite-ignore */ script);
  return main;
}

describe('the editorial desk (demo moderation page, real API)', () => {
  let main: HTMLElement | undefined;
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });
  after(() => main?.remove());

  it('takes a submitted case to publication: found, previewed, corrected, published, listed without a new filter value', async () => {
    const before = await facets();
    const stamp = Date.now();
    const title = `Gåture for seniorer ${stamp}`;
    const corrected = `Gåture for seniorer i Holstebro ${stamp}`;
    const long = `https://holstebro.example/${'x'.repeat(160)}`;

    // 1. A municipality submits the case through the form, choosing from the case bank's vocabulary.
    const form = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    set(inForm(form, 'f-title'), title);
    set(inForm(form, 'f-municipalities'), 'Holstebro');
    set(inForm<HTMLSelectElement>(form, 'f-interventionType'), 'projekt', 'change');
    set(inForm<HTMLSelectElement>(form, 'f-economyBracket'), '< 50.000', 'change');
    set(inForm(form, 'f-purpose'), `At flere ældre kommer ud at gå. Se ${long}`);
    await waitFor(() => form.shadowRoot!.querySelector('input[id^="v-themes-"]'), 'themes in use');
    const themeBox = form.shadowRoot!.querySelector<HTMLInputElement>('input[id^="v-themes-"]')!;
    themeBox.click();
    set(inForm(form, 'f-contacts-0-name'), 'Maria Bisgaard Fabricius');
    set(inForm(form, 'f-submitterEmail'), `indsender-${stamp}@holstebro.example`);
    const { detail } = await nextEvent(form, 'ck-case-submitted', () => form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click());
    form.remove();

    // 2. The moderator logs in on the moderation page and finds it, previewed as it will look.
    await setViewport({ width: 320, height: 800 });
    main = await openModerationPage();
    set(main.querySelector<HTMLInputElement>('#token')!, String(await executeServerCommand('api-moderator-token')));
    main.querySelector<HTMLButtonElement>('#login button')!.click();
    const status = () => main!.querySelector('#status')!.textContent;
    const item = await waitFor(() => main!.querySelector<HTMLElement>(`[aria-labelledby="case-${detail.id}"]`), 'the case on the desk').catch((error: Error) => {
      throw new Error(`${error.message} (the page says: "${status()}")`);
    });
    expect(item.querySelector('h3')!.textContent).to.equal(title);
    expect(item.textContent).to.contain(`indsender-${stamp}@holstebro.example`);
    const preview = () => item.querySelector('ck-case-detail')!;
    await waitFor(() => preview().shadowRoot?.querySelector('[part~="title"]'), 'the preview');
    expect(textOf(preview().shadowRoot!.querySelector('[part~="title"]'))).to.equal(title);
    expect(textOf(preview().shadowRoot)).to.contain('At flere ældre kommer ud at gå.');
    expect(textOf(main.querySelector('#overview'))).to.match(/\d+ cases? venter/);
    // Plain Danish, and a long unbroken address does not make the page wider than the phone.
    expect(textOf(main)).not.to.match(/Bearer|Authorization|token|pending|Pending/);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 800, height: 600 });

    // 3. A correction, shown in the preview at once. The municipality's own page first given as
    // http://: refused with the API's Danish message at the field, and what was typed stays.
    item.querySelector<HTMLElement>('details.correct summary')!.click();
    const own = item.querySelector<HTMLInputElement>(`#ret-${detail.id}-canonicalUrl`)!;
    expect(own.labels![0]!.textContent).to.equal('Kommunens egen side om casen');
    set(own, 'http://holstebro.example/gaature');
    set(item.querySelector<HTMLInputElement>(`#ret-${detail.id}-title`)!, corrected);
    item.querySelector<HTMLButtonElement>('form.correction button[type="submit"]')!.click();
    await waitFor(() => own.getAttribute('aria-invalid') === 'true', 'the address marked as wrong');
    const ownError = item.querySelector(`#ret-${detail.id}-canonicalUrl-error`)!;
    expect(textOf(ownError)).to.contain('https://');
    expect(own.getAttribute('aria-describedby')).to.contain(ownError.id);
    expect(textOf(item.querySelector('form.correction .status'))).to.equal('Rettelsen blev ikke gemt. Ret det markerede.');
    expect(own.value).to.equal('http://holstebro.example/gaature');
    expect(document.activeElement).to.equal(own);
    set(own, 'https://holstebro.example/gaature');
    item.querySelector<HTMLButtonElement>('form.correction button[type="submit"]')!.click();
    await waitFor(() => textOf(item).includes('Rettelsen er gemt (version 2)'), 'the correction saved');
    const saved = (await executeServerCommand('api-moderate', { method: 'GET', path: `/moderation/cases/${detail.id}` })) as { status: number; body: { canonicalUrl: string | null } };
    expect(saved.body.canonicalUrl).to.equal('https://holstebro.example/gaature');
    await waitFor(() => textOf(preview()?.shadowRoot?.querySelector('[part~="title"]')) === corrected, 'the preview corrected');

    // 4. Publish.
    [...item.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Udgiv')!.click();
    await waitFor(() => textOf(main!.querySelector('#status')).includes('er udgivet'), 'published');
    const log = await waitFor(() => main!.querySelector('#audit table'), 'the audit log');
    expect(textOf(log)).to.contain('rettede casen');
    expect(textOf(log)).to.contain('udgav casen');

    // 5. Readers see the corrected case in the list; the filters gained no value.
    const list = await fixture(html`<ck-case-list municipality="Holstebro" sort="newest" page-size="20"></ck-case-list>`);
    const card = await waitFor(
      () => [...list.shadowRoot!.querySelectorAll('ck-case-card')].find((c) => textOf(c.shadowRoot).includes(corrected)),
      'the corrected case in the list',
    );
    expect(textOf(card.shadowRoot)).not.to.contain(title + ' ');
    const after = await facets();
    for (const facet of ['theme', 'targetGroup', 'economyBracket', 'interventionType', 'municipality']) {
      expect(after[facet], facet).to.deep.equal(before[facet]);
    }

    // 6. Taken down again (back to waiting): the browser tests share one API, and other files
    // count Holstebro's published cases.
    const takenDown = (await executeServerCommand('api-moderate', {
      method: 'POST',
      path: `/moderation/cases/${detail.id}/unpublish`,
      body: { reason: 'Testen er slut.' },
    })) as { status: number };
    expect(takenDown.status).to.equal(200);
  });
});
