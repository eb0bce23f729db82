import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contact-box/register.js';
import type { CkContactBox } from '../../src/elements/contact-box/contact-box.js';
import { waitFor } from '../harness/wait-for.js';
import { freshBase } from '../api/helpers.js';

const part = (el: CkContactBox, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: CkContactBox) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

const holstebro = html`<ck-contact-box
  name="Maria Bisgaard Fabricius"
  job-title="Konsulent"
  department="Socialafdelingen"
  organisation="Holstebro Kommune"
  phone="96114122"
  email="maria.bisgaard.fabricius@holstebro.dk"
></ck-contact-box>`;

describe('ck-contact-box', () => {
  it('shows every field from attributes alone', async () => {
    const el = await fixture<CkContactBox>(holstebro);
    expect(part(el, 'heading')!.textContent).to.equal('Kontakt');
    expect(part(el, 'name')!.textContent).to.equal('Maria Bisgaard Fabricius');
    expect(part(el, 'job-title')!.textContent).to.equal('Konsulent');
    expect(part(el, 'department')!.textContent).to.equal('Socialafdelingen');
    expect(part(el, 'organisation')!.textContent).to.equal('Holstebro Kommune');
  });

  it('links the phone as tel: in Danish grouping and the e-mail as mailto:', async () => {
    const el = await fixture<CkContactBox>(holstebro);
    const phone = part(el, 'phone') as HTMLAnchorElement;
    expect(phone.getAttribute('href')).to.equal('tel:+4596114122');
    expect(phone.textContent).to.equal('96 11 41 22');
    const email = part(el, 'email') as HTMLAnchorElement;
    expect(email.getAttribute('href')).to.equal('mailto:maria.bisgaard.fabricius@holstebro.dk');
    expect(email.textContent).to.equal('maria.bisgaard.fabricius@holstebro.dk');
  });

  it('keeps an international number international', async () => {
    const el = await fixture<CkContactBox>(
      html`<ck-contact-box name="Charlotte Iisager Petersen" phone="+4524804503"></ck-contact-box>`,
    );
    const phone = part(el, 'phone') as HTMLAnchorElement;
    expect(phone.getAttribute('href')).to.equal('tel:+4524804503');
    expect(phone.textContent).to.equal('+45 24 80 45 03');
  });

  it('leaves out missing fields without empty labels', async () => {
    const el = await fixture<CkContactBox>(html`<ck-contact-box name="Dorit Wahl-Brink"></ck-contact-box>`);
    for (const name of ['job-title', 'department', 'organisation', 'phone', 'email']) {
      expect(part(el, name), name).to.equal(null);
    }
    expect(text(el)).to.equal('Kontakt Dorit Wahl-Brink');
  });

  it('shows several people from the contacts property', async () => {
    const el = await fixture<CkContactBox>(html`<ck-contact-box></ck-contact-box>`);
    el.contacts = [
      { name: 'Tine Gomard', organisation: 'Roskilde Kommune', email: 'tinego@roskilde.dk' },
      { name: 'Jens Kristoffersen', organisation: 'Køge Kommune', email: 'jens.kristoffersen@koege.dk' },
    ];
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent);
    expect(names).to.deep.equal(['Tine Gomard', 'Jens Kristoffersen']);
    expect(el.shadowRoot!.querySelectorAll('address')).to.have.length(2);
  });

  it('speaks English when an ancestor says lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en">${holstebro}</div>`);
    const el = wrapper.querySelector('ck-contact-box')!;
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('Contact');
    expect(part(el, 'vcard')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Save contact: Maria Bisgaard Fabricius (vCard)',
    );
  });

  it('switches language when the page changes its lang', async () => {
    const wrapper = await fixture(html`<div lang="da">${holstebro}</div>`);
    const el = wrapper.querySelector('ck-contact-box')!;
    wrapper.setAttribute('lang', 'en');
    // The page-wide lang watch is a MutationObserver: the change arrives a little later.
    await waitFor(() => part(el, 'heading')!.textContent === 'Contact', 'the heading in English');
  });

  it('puts the heading at the level the page asks for, within 1–6', async () => {
    const el = await fixture<CkContactBox>(html`<ck-contact-box name="A" heading-level="4"></ck-contact-box>`);
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('4');
    el.headingLevel = 1;
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level'), 'a page of its own may use level 1').to.equal('1');
    el.headingLevel = 0;
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('1');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('6');
  });

  it('loaded from a case, it keeps the height it held while loading, so the text under it does not move up', async () => {
    const el = await fixture<CkContactBox>(
      html`<ck-contact-box api=${freshBase()} case-id="faellesskabsportraetter-holstebro"></ck-contact-box>`,
    );
    expect(part(el, 'loading'), 'still loading after its first render').to.exist;
    const held = el.getBoundingClientRect().height;
    const contact = await waitFor(() => part(el, 'contact'), 'the contact from the case');
    const root = part(el, 'base')!;
    // The person alone takes less than the held height (else this test proves nothing)...
    const content = [...root.children].reduce((sum, child) => sum + child.getBoundingClientRect().height, 0);
    expect(contact.textContent).to.contain('Holstebro');
    expect(content).to.be.below(held);
    // ...and the box still stands at the held height.
    expect(el.getBoundingClientRect().height).to.equal(held);
  });

  it('gives the held height back once it is out of view, so a short box leaves no gap for good', async () => {
    const spacer = document.createElement('div');
    const el = await fixture<CkContactBox>(
      html`<ck-contact-box api=${freshBase()} case-id="faellesskabsportraetter-holstebro"></ck-contact-box>`,
    );
    const held = el.getBoundingClientRect().height;
    await waitFor(() => part(el, 'contact'), 'the contact from the case');
    expect(el.getBoundingClientRect().height, 'in view it keeps the held height').to.equal(held);
    // The reader scrolls on: the box ends up below the screen.
    spacer.style.height = `${window.innerHeight * 2}px`;
    el.before(spacer);
    try {
      await waitFor(() => el.getBoundingClientRect().height < held, 'the box at its own height');
      expect(part(el, 'base')!.classList.contains('ck-reserve'), 'no longer holding').to.be.false;
    } finally {
      spacer.remove();
    }
  });

  it('offers the contact as a vCard download, whose code loads only when the reader asks for it', async () => {
    const vcardCode = () => performance.getEntriesByType('resource').filter((entry) => /\/contact-box\/vcard\.(ts|js)/.test(entry.name));
    const el = await fixture<CkContactBox>(holstebro);
    expect(vcardCode(), 'not with the box').to.deep.equal([]);
    let downloaded: HTMLAnchorElement | undefined;
    el.shadowRoot!.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target instanceof HTMLAnchorElement && target.download) {
        downloaded = target;
        event.preventDefault();
      }
    }, true);
    part(el, 'vcard')!.click();
    await waitFor(() => downloaded, 'the download');
    expect(vcardCode(), 'fetched on the click').to.have.length(1);
    expect(downloaded?.download).to.equal('Maria-Bisgaard-Fabricius.vcf');
    expect(downloaded?.href).to.match(/^blob:/);
    const vcard = await (await fetch(downloaded!.href)).text();
    expect(vcard).to.contain('FN:Maria Bisgaard Fabricius');
    expect(vcard).to.contain('TEL;TYPE=WORK,VOICE:96114122');
  });

  it('lets a theme custom property change what is drawn', async () => {
    const el = await fixture<CkContactBox>(holstebro);
    el.style.setProperty('--ck-contact-box-background', 'rgb(10, 20, 30)');
    el.style.setProperty('--ck-color-accent', 'rgb(200, 0, 0)');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(part(el, 'email')!).color).to.equal('rgb(200, 0, 0)');
  });

  it('inherits the page font and ignores the page\'s text-transform', async () => {
    const wrapper = await fixture(
      html`<div style="font-family: Georgia, serif; text-transform: uppercase">${holstebro}</div>`,
    );
    const el = wrapper.querySelector('ck-contact-box')!;
    expect(getComputedStyle(part(el, 'name')!).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(part(el, 'name')!).textTransform).to.equal('none');
  });

  it('is accessible', async () => {
    const el = await fixture<CkContactBox>(holstebro);
    await expect(el).to.be.accessible();
  });

  it('is reachable and usable by keyboard: phone, e-mail, save contact in order', async () => {
    const el = await fixture<CkContactBox>(holstebro);
    const focusable = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button')];
    expect(focusable.map((node) => node.getAttribute('part'))).to.deep.equal(['phone', 'email', 'vcard']);
    for (const node of focusable) {
      node.focus();
      expect(el.shadowRoot!.activeElement).to.equal(node);
    }
  });
});
