import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/case-detail/register.js';
import '../../src/elements/case-api/register.js';
// The page's own cards, as the loader would define them (a case loads its related cases' code itself, when near).
import '../../src/elements/case-card/register.js';
import type { CkCaseDetail } from '../../src/elements/case-detail/case-detail.js';
import { SECTION_ORDER } from '../../src/elements/case-detail/case-detail.js';
import type { CkContactBox } from '../../src/elements/contact-box/contact-box.js';
import { renderProse, safeHref } from '../../src/elements/case-detail/prose.js';
import { render } from 'lit';
import { apiBase, faultBase, freshBase, requestsExactly, setFault, shadowSelector, textOf, waitFor, whileApiDown } from '../api/helpers.js';
import { watchFetch } from '../harness/fetch-watch.js';

const HOLSTEBRO = 'faellesskabsportraetter-holstebro';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const sectionIds = (el: CkCaseDetail) => [...el.shadowRoot!.querySelectorAll('section')].map((s) => s.id);

async function ready(el: CkCaseDetail) {
  await shadowSelector(el, 'article');
  await el.updateComplete; // the case renders in parts: every section is there once this settles
  return el;
}

describe('ck-case-detail', () => {
  afterEach(() => setFault('none'));
  it('renders a long case in parts: a section first, then one per task, holding the screen until the last is there', async () => {
    const el = document.createElement('ck-case-detail');
    el.setAttribute('case-id', HOLSTEBRO);
    el.setAttribute('api', freshBase());
    // `ck-case-loaded` comes from the first render of the loaded case: what the reader sees first.
    const first = new Promise<{ sections: number; height: number }>((resolve) =>
      el.addEventListener('ck-case-loaded', () => resolve({ sections: sectionIds(el).length, height: el.getBoundingClientRect().height }), { once: true }),
    );
    document.body.append(el);
    try {
      const seen = await first;
      expect(seen.sections, 'sections in the first part').to.equal(1);
      expect(seen.height, 'the first part holds the screen').to.be.at.least(innerHeight);
      await el.updateComplete;
      expect(sectionIds(el).length, 'every section once done').to.be.greaterThan(5);
      expect($(el, 'article')!.classList.contains('parts-pending'), 'no held height once whole').to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('shows the Holstebro case: contact, economy, prevention package, sections in the order of the case page', async () => {
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
    expect(textOf($(el, '[part~="title"]'))).to.equal('Fællesskabsportrætter');
    const contact = $<CkContactBox>(el, 'ck-contact-box')!;
    await contact.updateComplete;
    expect(textOf($(contact, '[part~="name"]'))).to.equal('Maria Bisgaard Fabricius');
    expect($(contact, '[part~="phone"]')!.getAttribute('href')).to.equal('tel:+4596114122');
    const economy = textOf($(el, '#oekonomi'));
    expect(economy).to.contain('Økonomi pr. år');
    expect(economy).to.contain('< 50.000 kr.');
    expect(economy).to.contain('Omkring 10.000 til kommunikation');
    expect(textOf($(el, '#indsatstype'))).to.contain('Indsatsen er et projekt');
    expect(textOf($(el, '#indsatstype'))).to.contain('Information og undervisning');
    expect($(el, '#periode')).to.equal(null);
    expect(sectionIds(el)).to.deep.equal([
      'formaal', 'maalgruppe', 'indsatstype', 'beskrivelse', 'materialer', 'organisering', 'rekruttering',
      'oekonomi', 'citater', 'virkning', 'evaluering', 'vurdering', 'opmaerksomhedspunkter', 'barrierer',
    ]);
    const order = sectionIds(el).map((id) => SECTION_ORDER.indexOf(id as never));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });

  it('gives a screen reader a short list of landmarks: the discussion and its form, not one region per section', async () => {
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO} api=${freshBase()}></ck-case-detail>`));
    const thread = el.shadowRoot!.querySelector('ck-comment-thread[part="comments"]')!;
    await shadowSelector(thread, '[part="list"], [part="empty"]');
    interface Node { role: string; name: string; children?: Node[] }
    const landmarks: string[] = [];
    const walk = (node: Node) => {
      if (['region', 'form', 'navigation', 'search', 'complementary', 'main', 'banner', 'contentinfo'].includes(node.role)) landmarks.push(`${node.role}: ${node.name}`);
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as Node);
    // The sections stay reachable by their headings (h3); the case page before this had 17 regions.
    expect(landmarks).to.have.length(2, landmarks.join('; '));
    expect(landmarks[0]).to.match(/^region: \d+ kommentar(er)?$/);
    expect(landmarks[1]).to.equal('form: Skriv en kommentar');
    expect(el.shadowRoot!.querySelectorAll('section [part~="section-heading"]').length, 'sections keep their headings').to.be.greaterThan(5);
  });

  it('renders purpose bullets as a list and quotes with who said them', async () => {
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
    expect($(el, '#formaal')!.querySelectorAll('li')).to.have.length(3);
    expect(textOf($(el, '[part~="quote"] figcaption'))).to.equal(
      'Ann Kathrine Kvistgaard Fihl, Ergoterapeut, Center for psykiatri, Holstebro kommune',
    );
  });

  it('shows each self-assessment question once, with the owner\'s answer and the readers\' votes together', async () => {
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
    const scales = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('#vurdering ck-rating-scale')];
    expect(scales.map((s) => s.getAttribute('question'))).to.deep.equal(['formaal', 'implementering']);
    // The scales' code comes when the reader nears them (test/dist/loader.test.ts counts the download).
    $(el, '#vurdering')!.scrollIntoView();
    await Promise.all(scales.map((s) => shadowSelector(s, '[part="distribution"]')));
    const shown = (text: string) =>
      [el.shadowRoot!, ...scales.map((s) => s.shadowRoot!)].map((root) => (root.textContent ?? '').split(text).length - 1).reduce((a, b) => a + b, 0);
    expect(shown('Er formålet opfyldt?'), 'the question appears once').to.equal(1);
    expect(shown('Er indsatsen blevet implementeret som planlagt?')).to.equal(1);
    for (const scale of scales) {
      expect(textOf(scale.shadowRoot!.querySelector('[part~="row-owner"]'))).to.contain('I høj grad');
      expect(scale.shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(4);
    }
  });

  it('makes only http(s) materials links; titles without a URL stay text', async () => {
    const el = await ready(
      await fixture<CkCaseDetail>(html`<ck-case-detail case-id="beboerdrevet-sundhedsfremme-koege-roskilde"></ck-case-detail>`),
    );
    const link = $<HTMLAnchorElement>(el, '[part~="materials"] a')!;
    expect(link.href).to.match(/^http:\/\/sundhed\.kk\.dk\//);
    // A web page: opens where the reader is, and is not called a download.
    expect(link.target).to.equal('');
    expect(textOf(link.parentElement)).to.not.match(/download|-fil/i);
    const holstebro = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
    expect($(holstebro, '[part~="materials"]')!.querySelectorAll('a')).to.have.length(0);
    expect(textOf($(holstebro, '[part~="materials"]'))).to.contain('Kalender-info');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,x')).to.equal(undefined);
    expect(safeHref('https://holstebro.dk/a.pdf')).to.equal('https://holstebro.dk/a.pdf');
  });

  it('renders API text as text only', () => {
    const host = document.createElement('div');
    render(renderProse('<img src=x onerror="window.hacked=1">\n- <b>punkt</b>'), host);
    expect(host.querySelector('img, b')).to.equal(null);
    expect(host.textContent).to.contain('<img src=x');
    expect(host.querySelector('li')!.textContent).to.equal('<b>punkt</b>');
  });

  it('counts one view per visit and shows the count', async () => {
    const url = `${apiBase()}/cases/plads-til-naervaer-og-hjerte/views`;
    const before = requestsExactly(url);
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id="plads-til-naervaer-og-hjerte"></ck-case-detail>`));
    await waitFor(() => requestsExactly(url) - before === 1, 'no view counted');
    await waitFor(() => /besøgt [1-9]\d* gang/.test(textOf($(el, '[part~="visits"]'))));
    const watch = watchFetch();
    el.headingLevel = 3;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    // A second count would have been asked for in the update itself (case-detail's updated()).
    await watch.idle();
    watch.stop();
    expect(watch.calls.filter((c) => c.url === url)).to.deep.equal([]);
    expect(requestsExactly(url) - before).to.equal(1);
    expect(textOf($(el, '[part~="visits"]'))).to.match(/^This case has been visited \d+ times?$/);
  });

  it('ten widgets on one case make one request for it', async () => {
    const base = freshBase();
    const url = `${base}/cases/${HOLSTEBRO}`;
    const wrapper = await fixture(html`<ck-case-api base-url=${base}>
      <ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>
      <ck-contact-box case-id=${HOLSTEBRO}></ck-contact-box>
      ${Array.from({ length: 8 }, () => html`<ck-case-card case-id=${HOLSTEBRO}></ck-case-card>`)}
    </ck-case-api>`);
    await ready(wrapper.querySelector('ck-case-detail')!);
    await Promise.all([...wrapper.querySelectorAll('ck-case-card')].map((card) => shadowSelector(card, 'article')));
    await shadowSelector(wrapper.querySelector('ck-contact-box')!, '[part~="name"]');
    expect(requestsExactly(url)).to.equal(1);
  });

  it('prints as a document: no feedback buttons, rating controls or comments on paper', async () => {
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
    const scale = $(el, '#vurdering ck-rating-scale')!;
    scale.scrollIntoView(); // its code comes when the reader nears it
    await shadowSelector(scale, '[part="distribution"]');
    const hidden = (node: Element | null) => !node || node.getBoundingClientRect().height === 0;
    await emulateMedia({ media: 'print' });
    try {
      const buttons = [...el.shadowRoot!.querySelectorAll('[part~="feedback-button"]')];
      expect(buttons.length).to.be.greaterThan(10);
      expect(buttons.every(hidden), 'every "Giv feedback" is hidden').to.equal(true);
      expect(hidden(scale.shadowRoot!.querySelector('[part="options"]')), 'the radios are hidden').to.equal(true);
      expect(hidden(scale.shadowRoot!.querySelector('[part="distribution"]')), 'the votes are printed').to.equal(false);
      expect(hidden(el.shadowRoot!.querySelector('#formaal')), 'the text is printed').to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('a long case lays out only what is near the screen (content-visibility), yet nothing is out of reach', () => {
    /** Whether the browser lays out and paints `node` now, or skips it as off screen. */
    const drawn = (node: Element) => node.checkVisibility({ contentVisibilityAuto: true });
    const lastSection = (el: CkCaseDetail) => [...el.shadowRoot!.querySelectorAll('section')].at(-1)!;
    afterEach(() => {
      getSelection()?.removeAllRanges();
      scrollTo(0, 0);
    });

    it('skips the sections below the first screen, and find-in-page still finds their text', async () => {
      const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
      const last = lastSection(el);
      const text = last.querySelector('p, li')!;
      expect(drawn($(el, '[part~="title"]')!), 'the top of the case is drawn').to.equal(true);
      await waitFor(() => !drawn(text), 'the last section is skipped while it is far below the screen');
      // The browser's find (Ctrl+F) searches skipped sections too, and shows the one it found.
      const words = textOf(text).split(' ').slice(0, 4).join(' ');
      // window.find is the page's own find (non-standard, not in the DOM types); Chromium has it.
      const find = (window as unknown as { find: (text: string) => boolean }).find;
      expect(find(words), `find-in-page finds “${words}”`).to.equal(true);
      await waitFor(() => drawn(text), 'the section that holds the match is drawn');
      const top = last.getBoundingClientRect().top;
      expect(top < innerHeight && last.getBoundingClientRect().bottom > 0, `the match is on screen (section top ${top})`).to.equal(true);
    });

    it('a #section link shows a section that was skipped', async () => {
      history.replaceState(null, '', '#barrierer');
      try {
        const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
        const section = $(el, '#barrierer')!;
        await waitFor(() => drawn(section.querySelector('p, li')!), 'the linked section is drawn');
        // On screen, not necessarily at its top: what loads above it afterwards (the contact box,
        // the rating scales) still pushes it down, with or without content-visibility.
        const top = section.getBoundingClientRect().top;
        expect(top >= 0 && top < innerHeight, `the linked section is on screen (top ${top}, viewport ${innerHeight})`).to.equal(true);
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });

    it('prints every section, not only those a reader scrolled past', async () => {
      const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
      const text = lastSection(el).querySelector('p, li')!;
      await waitFor(() => !drawn(text), 'the last section is skipped on screen');
      await emulateMedia({ media: 'print' });
      try {
        // Nodes with text (a section's empty "could not be loaded" note has none until it has something to say).
        const skipped = [...el.shadowRoot!.querySelectorAll('section p, section li')].filter((node) => node.textContent!.trim() && !drawn(node));
        expect(skipped.length, 'no text is skipped on paper').to.equal(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  it('"Udskriv case" prints, and the print stylesheet hides the buttons', async () => {
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      $(el, '[part~="print"]')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '[part~="print"]')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle($(el, '[part~="print"]')!).display).not.to.equal('none');
  });

  it('shows the case from ?ck-case= when it has no case-id', async () => {
    history.replaceState(null, '', '?ck-case=fremtidens-partnerskaber');
    try {
      const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail></ck-case-detail>`));
      expect(textOf($(el, '[part~="title"]'))).to.equal('Fremtidens partnerskaber');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('announces the loaded case with ck-case-loaded, and with set-page-title names the browser tab', async () => {
    const original = document.title;
    document.title = 'Cases · Holstebro Kommune';
    try {
      const seen: { id: string; title: string }[] = [];
      const listener = (event: Event) => seen.push((event as CustomEvent).detail);
      document.addEventListener('ck-case-loaded', listener);
      const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail>`));
      await el.updateComplete;
      document.removeEventListener('ck-case-loaded', listener);
      expect(seen).to.deep.equal([{ id: HOLSTEBRO, title: 'Fællesskabsportrætter' }]);
      expect(document.title, 'the title belongs to the CMS unless the editor opts in').to.equal('Cases · Holstebro Kommune');

      const titled = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail set-page-title case-id=${HOLSTEBRO}></ck-case-detail>`));
      await waitFor(() => document.title === 'Fællesskabsportrætter · Cases · Holstebro Kommune', document.title);
      titled.caseId = 'findes-ikke-xyz';
      await waitFor(() => document.title === 'Case ikke fundet · Cases · Holstebro Kommune', document.title);
    } finally {
      document.title = original;
    }
  });

  it('marks the case’s Danish text as Danish on an English page (language of parts), and the interface as English', async () => {
    const wrapper = await fixture(html`<div lang="en"><ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail></div>`);
    const el = await ready(wrapper.querySelector('ck-case-detail')!);
    const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang') ?? 'inherited: en';
    expect(langOf($(el, '[part~="title"] span'))).to.equal('da');
    expect(langOf($(el, '#formaal li'))).to.equal('da');
    expect(langOf($(el, '#beskrivelse p'))).to.equal('da');
    expect(langOf($(el, '[part~="quote"] blockquote p'))).to.equal('da');
    expect(langOf($(el, '#formaal [part~="section-heading"]'))).to.equal('inherited: en');
    expect(langOf($(el, '[part~="print"]'))).to.equal('inherited: en');
    const municipality = [...el.shadowRoot!.querySelectorAll('[part~="facts"] dd')].find((dd) => textOf(dd) === 'Holstebro');
    expect(municipality?.getAttribute('lang')).to.equal('da');
    // Nested widgets still speak the page's language.
    const thread = $(el, 'ck-comment-thread[part="comments"]')!;
    await shadowSelector(thread, '[part="heading"]');
    expect(textOf(thread.shadowRoot!.querySelector('[part="heading"]'))).to.match(/comment/i);
  });

  it('a successful "Prøv igen" moves focus to the case that replaced the button (a 500 from a real fault server)', async () => {
    const base = await faultBase();
    await setFault('500', { path: '/cases/' });
    const el = await fixture<CkCaseDetail>(html`<ck-case-detail api=${base} case-id=${HOLSTEBRO}></ck-case-detail>`);
    const retry = await shadowSelector(el, '[part~="retry"]');
    await setFault('none');
    retry.focus();
    retry.click();
    await ready(el);
    await waitFor(() => el.shadowRoot!.activeElement, 'focus fell to <body> after "Prøv igen"');
    expect(el.shadowRoot!.activeElement!.localName).to.equal('article');
  });

  it('shows nothing while no case is chosen (a list page before a card is opened)', async () => {
    const el = await fixture<CkCaseDetail>(html`<ck-case-detail></ck-case-detail>`);
    expect(textOf(el.shadowRoot)).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state, then a Danish error when the server is down; "Prøv igen" recovers', async () => {
    await whileApiDown(async (base, restore) => {
      const el = await fixture<CkCaseDetail>(html`<ck-case-detail api=${base} case-id="nye-veje-til-alkohol-i-haderslev-60"></ck-case-detail>`);
      expect($(el, '[part~="loading"]')).to.exist;
      await expect(el).to.be.accessible();
      const error = await shadowSelector(el, '[part~="error"]');
      expect(textOf(error)).to.contain('Casen kunne ikke hentes.');
      expect(textOf($(el, '[part~="retry"]'))).to.equal('Prøv igen');
      await expect(el).to.be.accessible();
      await restore();
      $(el, '[part~="retry"]')!.click();
      await ready(el);
    });
  });

  it('speaks English with lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><ck-case-detail case-id=${HOLSTEBRO}></ck-case-detail></div>`);
    const el = await ready(wrapper.querySelector('ck-case-detail')!);
    expect(textOf($(el, '#oekonomi [part~="section-heading"]'))).to.equal('Budget per year');
    expect(textOf($(el, '#oekonomi'))).to.contain('< DKK 50,000');
    expect(textOf($(el, '[part~="print"]'))).to.equal('Print case');
    await expect(el).to.be.accessible();
  });

  it('puts the title at heading-level and sections one below', async () => {
    const el = await ready(await fixture<CkCaseDetail>(html`<ck-case-detail heading-level="3" case-id=${HOLSTEBRO}></ck-case-detail>`));
    expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#formaal [part~="section-heading"]')!.getAttribute('aria-level')).to.equal('4');
  });
});

describe('ck-contact-box with case-id', () => {
  it('loads the contacts of a case', async () => {
    const el = await fixture<CkContactBox>(html`<ck-contact-box case-id="beboerdrevet-sundhedsfremme-koege-roskilde"></ck-contact-box>`);
    await shadowSelector(el, '[part~="name"]');
    const names = [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent);
    expect(names).to.deep.equal(['Tine Gomard', 'Jens Kristoffersen']);
    await expect(el).to.be.accessible();
  });

  it('keeps the attributes when they are given, without a request', async () => {
    const base = freshBase();
    const el = await fixture<CkContactBox>(html`<ck-contact-box api=${base} case-id="fremtidens-partnerskaber" name="Anne"></ck-contact-box>`);
    expect(textOf($(el, '[part~="name"]'))).to.equal('Anne');
    expect(requestsExactly(`${base}/cases/fremtidens-partnerskaber`)).to.equal(0);
  });
});
