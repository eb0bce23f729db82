import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/case-form/register.js';
import type { CkCaseForm } from '../../src/elements/case-form/case-form.js';
import { nextEvent, waitFor, whileApiDown } from '../api/helpers.js';

const field = <T extends HTMLElement = HTMLInputElement>(el: CkCaseForm, key: string) =>
  el.shadowRoot!.querySelector<T>(`#f-${key.replace(/\./g, '-')}`)!;

function type(el: CkCaseForm, key: string, value: string): void {
  const input = field(el, key);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(el: CkCaseForm, key: string, value: string): void {
  const select = field<HTMLSelectElement>(el, key);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const submit = (el: CkCaseForm) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
const errorOf = (el: CkCaseForm, key: string) => {
  const input = field(el, key);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.length ? el.shadowRoot!.getElementById(ids[0]!)!.textContent : null;
};

describe('ck-case-form (real API)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the fields of a case in sections with the contact person, and is accessible', async () => {
    const el = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    const legends = [...el.shadowRoot!.querySelectorAll('[part="legend"]')].map((l) => l.textContent);
    expect(legends).to.deep.equal(['Om casen', 'Formål og målgruppe', 'Indsatsen', 'Virkning og vurdering', 'Erfaringer', 'Kontaktperson', 'Dig, der indsender']);
    expect(el.shadowRoot!.querySelectorAll('ck-rating-scale')).to.have.length(2);
    expect(localStorage.length).to.equal(0);
    // The submitter's own e-mail can be filled in by the browser.
    expect(field(el, 'submitterEmail').getAttribute('autocomplete')).to.equal('email');
    await expect(el).to.be.accessible();
  });

  it('checks required fields and formats before sending, at the field, and focuses the first', async () => {
    const el = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    type(el, 'contacts.0.email', 'maria@');
    type(el, 'contacts.0.phone', '12 34');
    type(el, 'materials.0.url', 'www.holstebro.dk');
    submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'title')).to.equal('Udfyld titel.');
    expect(errorOf(el, 'municipalities')).to.equal('Udfyld kommune(r).');
    expect(errorOf(el, 'interventionType')).to.equal('Vælg type indsats.');
    expect(errorOf(el, 'contacts.0.name')).to.equal('Udfyld navn.');
    expect(errorOf(el, 'contacts.0.email')).to.contain('gyldig e-mailadresse');
    expect(errorOf(el, 'contacts.0.phone')).to.contain('telefonnummer');
    expect(errorOf(el, 'materials.0.url')).to.contain('https://');
    expect(field(el, 'title').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'title'));
    expect(el.shadowRoot!.querySelector('[part="form-error"]')!.textContent).to.contain('7 markerede felter');
    await expect(el).to.be.accessible();
  });

  it('keeps a draft that a reload restores', async () => {
    let el = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    type(el, 'title', 'Walk and talk i Vejle');
    el.remove();
    el = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    expect(field(el, 'title').value).to.equal('Walk and talk i Vejle');
    expect(el.shadowRoot!.textContent).to.contain('gendannet');
  });

  it('maps the server’s field errors onto the fields', async () => {
    const el = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    type(el, 'title', 'Walk and talk');
    type(el, 'municipalities', 'Vejle');
    choose(el, 'interventionType', 'projekt');
    type(el, 'contacts.0.name', 'Sara Holm');
    type(el, 'contacts.0.email', 'sara@vejle.x');
    submit(el);
    await waitFor(() => errorOf(el, 'contacts.0.email'), 'server error at the field');
    expect(field(el, 'contacts.0.email').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'contacts.0.email'));
    expect(field(el, 'title').value).to.equal('Walk and talk');
  });

  it('keeps everything when the server is down', async () => {
    await whileApiDown(async (base) => {
      const el = await fixture<CkCaseForm>(html`<ck-case-form api=${base}></ck-case-form>`);
      type(el, 'title', 'Walk and talk');
      type(el, 'municipalities', 'Vejle');
      choose(el, 'interventionType', 'projekt');
      type(el, 'contacts.0.name', 'Sara Holm');
      submit(el);
      await waitFor(() => el.shadowRoot!.querySelector('[part="form-error"]'), 'failure shown');
      expect(el.shadowRoot!.querySelector('[part="form-error"]')!.textContent).to.contain('ikke er forbindelse');
      expect(field(el, 'title').value).to.equal('Walk and talk');
      expect(JSON.parse(localStorage.getItem('casekit:draft:case-form')!).title).to.equal('Walk and talk');
    });
  });

  it('sends a case that the moderator then sees as pending, with "modtaget — afventer godkendelse"', async () => {
    const el = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    const title = `Fællesskabsportrætter i Struer ${Date.now()}`;
    type(el, 'title', title);
    type(el, 'municipalities', 'Struer, Lemvig');
    choose(el, 'interventionType', 'projekt');
    type(el, 'purpose', 'At sætte fokus på ABC-budskabet.\nOg fællesskaber.');
    type(el, 'contacts.0.name', 'Maria Bisgaard Fabricius');
    type(el, 'contacts.0.phone', '96 11 41 22');
    type(el, 'contacts.0.email', 'maria@struer.dk');
    type(el, 'materials.0.url', 'https://struer.dk/kalender.pdf');
    const scale = el.shadowRoot!.querySelector('ck-rating-scale')!;
    scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[3]!.click();
    const { detail } = await nextEvent(el, 'ck-case-submitted', () => submit(el));
    expect(detail.status).to.equal('pending');
    await el.updateComplete;
    const success = el.shadowRoot!.querySelector('[part="success"]')!;
    expect(success.textContent).to.contain('Tak! Din case er modtaget og afventer godkendelse');
    expect(el.shadowRoot!.activeElement).to.equal(success);
    expect(localStorage.getItem('casekit:draft:case-form')).to.equal(null);
    await expect(el).to.be.accessible();

    const pending = (await executeServerCommand('api-moderate', { path: '/moderation/cases?status=pending' })) as {
      body: { items?: { id: string; title: string; status: string; municipalities: string[] }[] } | { id: string; title: string }[];
    };
    const items = Array.isArray(pending.body) ? pending.body : (pending.body.items ?? []);
    const found = items.find((c) => c.id === detail.id) as { title: string; municipalities: string[] } | undefined;
    expect(found?.title).to.equal(title);
    expect(found?.municipalities).to.deep.equal(['Struer', 'Lemvig']);
  });

  it('offers only the fixed economy brackets and the themes and target groups in use, and sends new ones as proposals', async () => {
    const el = await fixture<CkCaseForm>(html`<ck-case-form></ck-case-form>`);
    const brackets = [...field<HTMLSelectElement>(el, 'economyBracket').options].map((o) => o.value);
    expect(brackets).to.deep.equal(['', '< 50.000', '50.000 - 250.000', '250.000 - 500.000', '500.000 - 1.000.000', '> 1.000.000']);
    expect(field<HTMLSelectElement>(el, 'economyBracket').options[1]!.textContent!.trim()).to.match(/50\.000/);
    expect(field(el, 'economyText').tagName).to.equal('TEXTAREA');
    const themeBoxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"][id^="v-themes-"]')];
    await waitFor(() => themeBoxes().length > 3, 'themes in use');
    const labelOf = (box: HTMLInputElement) => el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!.textContent!.trim();
    const theme = labelOf(themeBoxes()[0]!);
    const targetBoxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"][id^="v-targetGroups-"]')];
    expect(targetBoxes.length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();

    type(el, 'title', `Søvnskole i Herning ${Date.now()}`);
    type(el, 'municipalities', 'Herning');
    choose(el, 'interventionType', 'permanent');
    choose(el, 'economyBracket', '50.000 - 250.000');
    type(el, 'economyText', 'Betalt af puljemidler.');
    themeBoxes()[0]!.click();
    targetBoxes[1]!.click();
    const target = labelOf(targetBoxes[1]!);
    type(el, 'proposedThemes', 'Søvnhygiejne, Skærmvaner');
    type(el, 'contacts.0.name', 'Ida Lund');
    const { detail } = await nextEvent(el, 'ck-case-submitted', () => submit(el));
    const { body } = (await executeServerCommand('api-moderate', { path: `/moderation/cases/${detail.id}` })) as {
      body: { themes: string[]; targetGroups: string[]; proposals: { themes: string[] }; economyBracket: string; economyText: string; interventionType: string };
    };
    expect(body.themes).to.deep.equal([theme, 'Søvnhygiejne', 'Skærmvaner']);
    expect(body.proposals.themes).to.deep.equal(['Søvnhygiejne', 'Skærmvaner']);
    expect(body.targetGroups).to.deep.equal([target]);
    expect([body.economyBracket, body.economyText, body.interventionType]).to.deep.equal(['50.000 - 250.000', 'Betalt af puljemidler.', 'permanent']);
  });

  it('speaks English with lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><ck-case-form></ck-case-form></div>`);
    const el = wrapper.querySelector('ck-case-form')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Add a case from your municipality');
  });
});
