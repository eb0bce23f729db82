import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { apiBase, waitFor } from '../api/helpers.js';
import { reservationCss } from '../../src/internal/reserve.js';

/**
 * The pasted script is a loader (`dist/casekit.js`, `dist/casekit.iife.js`):
 * each test opens a fresh page (an iframe) as a CMS would serve it and checks
 * what that page downloads and shows. Run after `npm run build`.
 */

interface Page {
  window: Window & typeof globalThis;
  document: Document;
  /** Script and fetch requests the page made, as paths with their query. */
  requests(): string[];
  problems: string[];
  close(): void;
}

/** `search`: the page's query string (e.g. `?ck-case=…`); the page is then put into a blank page at that address. */
async function openPage(body: string, head = '', search?: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  const problems: string[] = [];
  const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const first = loaded();
  if (search === undefined) frame.srcdoc = html;
  else frame.src = `/test/dist/blank.html${search}`;
  document.body.append(frame);
  await first;
  if (search !== undefined) {
    // Filled in place, so the page keeps the frame's address, query and all (document.write would give it
    // the test page's); each script is made anew, as one inserted by innerHTML does not run.
    const filled = frame.contentDocument!;
    filled.head.insertAdjacentHTML('beforeend', head);
    filled.body.innerHTML = body;
    for (const inert of filled.querySelectorAll('script')) {
      const script = filled.createElement('script');
      for (const { name, value } of inert.attributes) script.setAttribute(name, value);
      inert.replaceWith(script);
    }
  }
  const window = frame.contentWindow as Window & typeof globalThis;
  window.addEventListener('error', (event) => problems.push(String(event.message)));
  const original = window.console.error.bind(window.console);
  window.console.error = (...args: unknown[]) => {
    problems.push(args.join(' '));
    original(...args);
  };
  return {
    window,
    document: frame.contentDocument!,
    requests: () =>
      window.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .map((url) => (url.origin === location.origin ? url.pathname : url.href) + url.search),
    problems,
    close: () => frame.remove(),
  };
}

const rendered = (page: Page, selector: string, part: string) =>
  waitFor(() => page.document.querySelector(selector)?.shadowRoot?.querySelector(`[part~="${part}"]`), `${selector} renders`);

const entriesOf = (requests: string[]) =>
  requests.filter((path) => path.startsWith('/dist/elements/')).map((path) => path.replace(/^\/dist\/elements\/(.+)-[\w-]{8}\.js$/, '$1'));

const loader = (attributes = '') => `<script type="module" src="/dist/casekit.js" ${attributes}></script>`;

describe('the loader (dist/casekit.js, dist/casekit.iife.js)', function () {
  this.timeout(120_000);
  let page: Page | undefined;
  afterEach(() => page?.close());

  /** The seeded case on a page of its own, through the loader, with every part of it drawn. */
  async function openWholeCase(): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
    page = await openPage(`<ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`);
    const detail = page.document.querySelector('ck-case-detail')! as HTMLElement & { updateComplete: Promise<boolean> };
    await rendered(page, 'ck-case-detail', 'header');
    await detail.updateComplete; // every part of the case
    return detail;
  }

  /**
   * After "Prøv igen" the notice goes and the case holds the elements' places again, so they move:
   * the reader looks at `element` where it stands now. (Inside this test page's frame an element a
   * little outside the frame's view is not "near" a reader: the frame clips what the observer sees.)
   */
  async function nowInView(element: Element): Promise<void> {
    await ((element.getRootNode() as ShadowRoot).host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    element.scrollIntoView();
  }

  /** Scrolls to a case's section as a reader does, and waits for its "could not be fetched" notice. */
  async function codeMissingNotice(detail: HTMLElement, sectionId: string) {
    const section = detail.shadowRoot!.querySelector<HTMLElement>(`#${sectionId}`)!;
    section.scrollIntoView();
    const notice = await waitFor(() => section.querySelector<HTMLElement>('[part~="code-missing"]'), `the notice in #${sectionId}`);
    return { section, notice, text: notice.textContent!.replace(/\s+/g, ' ').trim() };
  }

  /** Runs `check` while Casekit's files under `paths` cannot be fetched (a CDN out of reach); `unblock` lets them through. */
  async function whileCodeBlocked(paths: string[], check: (unblock: () => Promise<unknown>) => Promise<void>): Promise<void> {
    const unblock = () => executeServerCommand('fault-offline', { offline: false });
    await executeServerCommand('fault-offline', { offline: false, code: paths });
    try {
      await check(unblock);
    } finally {
      await unblock();
    }
  }

  it('a page with only a contact box downloads the contact box, and nothing of the lists, cases or comments', async () => {
    page = await openPage(`<ck-contact-box name="Maria Bisgaard Fabricius" phone="96114122"></ck-contact-box>${loader()}`);
    await rendered(page, 'ck-contact-box', 'phone');
    expect(page.document.querySelector('ck-contact-box')!.shadowRoot!.querySelector('[part~="phone"]')!.textContent).to.equal('96 11 41 22');
    expect(entriesOf(page.requests())).to.deep.equal(['contact-box']);
    expect(page.requests().filter((path) => path.includes('editor-messages')), 'nothing is wrong: no words for the editor').to.deep.equal([]);
    expect(page.requests().filter((path) => /\.en-[\w-]+\.js$/.test(path)), 'a Danish page: no English words').to.deep.equal([]);
    expect(page.requests().filter((path) => path.startsWith('/dist/chunks/data-')), 'no API client: the box reads nothing').to.deep.equal([]);
    expect(page.problems).to.deep.equal([]);
  });

  it('fetches the vCard code when the reader asks for the card, and the card is right', async () => {
    page = await openPage(`<ck-contact-box name="Maria Bisgaard Fabricius" phone="96114122"></ck-contact-box>${loader()}`);
    const button = (await rendered(page, 'ck-contact-box', 'vcard')) as HTMLElement;
    const vcardCode = () => page!.requests().filter((path) => path.startsWith('/dist/chunks/vcard-'));
    expect(vcardCode(), 'not with the box').to.deep.equal([]);
    let downloaded: HTMLAnchorElement | undefined;
    button.getRootNode().addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target.localName === 'a' && (target as HTMLAnchorElement).download) {
        downloaded = target as HTMLAnchorElement;
        event.preventDefault();
      }
    }, true);
    button.click();
    await waitFor(() => downloaded, 'the download');
    expect(vcardCode(), 'once, on the click').to.have.length(1);
    expect(downloaded!.download).to.equal('Maria-Bisgaard-Fabricius.vcf');
    const vcard = await (await page.window.fetch(downloaded!.href)).text();
    expect(vcard).to.contain('FN:Maria Bisgaard Fabricius').and.contain('TEL;TYPE=WORK,VOICE:96114122');
    expect(page.problems).to.deep.equal([]);
  });

  it('a contact box that reads its case gets the API client with its own code (a modulepreload), and shows the case\'s contacts', async () => {
    page = await openPage(`<ck-contact-box case-id="faellesskabsportraetter-holstebro"></ck-contact-box>${loader(`data-api="${apiBase()}"`)}`);
    await rendered(page, 'ck-contact-box', 'name');
    const preloads = [...page.document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
    expect(preloads.filter((path) => path.startsWith('/dist/chunks/data-')), 'asked for by the loader').to.have.length(1);
    expect(page.requests().filter((path) => path.startsWith('/dist/chunks/data-')), 'fetched once').to.have.length(1);
    expect(page.requests().filter((path) => path.startsWith(`${apiBase()}/cases/faellesskabsportraetter-holstebro`))).to.have.length(1);
    expect(page.requests().filter((path) => path.includes('.en-')), 'a Danish box: no English words').to.deep.equal([]);
    expect(page.problems).to.deep.equal([]);
    page.close();
    // In English, the read path's English words (its error states) are asked for with it, not after it.
    page = await openPage(`<ck-contact-box lang="en" case-id="faellesskabsportraetter-holstebro"></ck-contact-box>${loader(`data-api="${apiBase()}"`)}`);
    await rendered(page, 'ck-contact-box', 'name');
    expect(page.document.querySelector('ck-contact-box')!.shadowRoot!.textContent).to.contain('Contact').and.not.contain('Kontakt');
    const englishPreloads = [...page.document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
    expect(englishPreloads.filter((path) => path.startsWith('/dist/chunks/load-error.en-')), 'the error words in English, asked for by the loader').to.have.length(1);
    expect(page.problems).to.deep.equal([]);
  });

  it('a server-rendered contact box that reads its case keeps the server\'s content until it shows the inlined contacts: no loading state, no request', async () => {
    const inline = { base: apiBase(), entries: { '/cases/faellesskabsportraetter-holstebro': { value: { contacts: [{ name: 'Inge Inline', phone: '96114122' }] } } } };
    page = await openPage(
      `<script>window.loadingSeen = false;</script>
       <ck-contact-box case-id="faellesskabsportraetter-holstebro"><template shadowrootmode="open"><p part="served">Inge Inline</p></template
       ><script type="application/json" data-ck-data>${JSON.stringify(inline)}</script></ck-contact-box>
       <script>new MutationObserver(() => { if (document.querySelector('ck-contact-box').shadowRoot.querySelector('[part~="loading"]')) window.loadingSeen = true; })
         .observe(document.querySelector('ck-contact-box').shadowRoot, { childList: true, subtree: true });</script>
       ${loader(`data-api="${apiBase()}"`)}`,
    );
    const name = await rendered(page, 'ck-contact-box', 'name');
    expect(name.textContent).to.equal('Inge Inline');
    expect((page.window as unknown as { loadingSeen: boolean }).loadingSeen, 'never the loading state').to.equal(false);
    expect(page.requests().filter((path) => path.includes('/cases/')), 'no API request').to.deep.equal([]);
    expect(page.problems).to.deep.equal([]);
  });

  it('an element in English loads its English words with it, and shows no Danish word first', async () => {
    page = await openPage(`<ck-contact-box lang="en" name="Hans Hansen" phone="96114122"></ck-contact-box>${loader()}`);
    const shown = await waitFor(() => page!.document.querySelector('ck-contact-box')?.shadowRoot?.textContent?.trim(), 'the first render');
    expect(shown).to.contain('Phone').and.not.contain('Tlf.');
    expect(page.requests().filter((path) => path.includes('contact-box.terms.en-'))).to.have.length(1);
  });

  it('fetches the editor\'s console messages only when something is wrong, and then says it', async () => {
    // The page's console is watched from its first script on: the line may come before the page's load event.
    page = await openPage(
      `<ck-contact-box name="Hans Hansen" emial="hh@holstebro.dk" heading-level="9"></ck-contact-box>${loader()}`,
      '<script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(" "));</script>',
    );
    const warnings = (page.window as unknown as { warnings: string[] }).warnings;
    await rendered(page, 'ck-contact-box', 'name');
    await waitFor(() => warnings.length >= 2, 'two console lines for the editor');
    expect(warnings.join('\n')).to.contain('Did you mean "email"?').and.contain('whole number from 1 to 6');
    expect(page.requests().filter((path) => path.includes('editor-messages'))).to.have.length(1);
  });

  it('loads elements added later: by a script, inside another component\'s open shadow root', async () => {
    page = await openPage(`<main></main>${loader(`data-api="${apiBase()}"`)}`);
    await waitFor(() => page!.requests().some((path) => path.startsWith('/dist/casekit.js')), 'the loader ran');
    expect(entriesOf(page.requests())).to.deep.equal([]);
    // An SPA navigation puts a card on the page …
    page.document.querySelector('main')!.innerHTML = '<ck-case-card case-id="faellesskabsportraetter-holstebro"></ck-case-card>';
    await rendered(page, 'main ck-case-card', 'link');
    // … and another framework's component (open shadow root) shows a contact box when it is opened.
    page.window.customElements.define(
      'kommune-accordion',
      class extends page.window.HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<button>Kontakt</button>';
        }
      },
    );
    const host = page.document.createElement('kommune-accordion');
    page.document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve)); // the page settles before the reader opens it
    const shadow = host.shadowRoot!;
    shadow.innerHTML += '<ck-contact-box name="Hans Hansen" email="hh@holstebro.dk"></ck-contact-box>';
    await waitFor(() => shadow.querySelector('ck-contact-box')?.shadowRoot?.querySelector('[part~="email"]'), 'the contact box in the shadow root renders');
    expect(entriesOf(page.requests()).sort()).to.deep.equal(['case-card', 'contact-box']);
    expect(page.problems).to.deep.equal([]);
  });

  it('finds elements in a shadow root that a component attaches when its own code arrives after the loader', async () => {
    // The CMS's component is in the HTML, but its script comes later (another bundle, a consent banner …).
    page = await openPage(`<cms-tabs></cms-tabs>${loader()}`);
    await waitFor(() => page!.requests().some((path) => path.startsWith('/dist/casekit.js')), 'the loader ran');
    await new Promise((resolve) => setTimeout(resolve)); // the loader has looked at the page and found nothing
    expect(entriesOf(page.requests())).to.deep.equal([]);
    page.window.customElements.define(
      'cms-tabs',
      class extends page.window.HTMLElement {
        connectedCallback() {
          const shadow = this.attachShadow({ mode: 'open' });
          // It renders its panel a moment later, as frameworks do.
          setTimeout(() => (shadow.innerHTML = '<div role="tabpanel"><ck-contact-box name="Hans Hansen" phone="96114122"></ck-contact-box></div>'));
        }
      },
    );
    const shadow = page.document.querySelector('cms-tabs')!.shadowRoot!;
    await waitFor(() => shadow.querySelector('ck-contact-box')?.shadowRoot?.querySelector('[part~="phone"]'), 'the contact box in the late shadow root renders');
    expect(entriesOf(page.requests())).to.deep.equal(['contact-box']);
    expect(page.problems).to.deep.equal([]);
  });

  it('takes the API address from its own script tag only: not another vendor\'s data-api, not a <meta> in the content', async () => {
    page = await openPage(
      `<script type="text/plain" data-api="https://vendor.invalid/collect"></script>
       <meta name="casekit-api" content="https://evil.invalid/api/v1">
       <ck-case-card case-id="faellesskabsportraetter-holstebro"></ck-case-card>
       ${loader(`data-api="${apiBase()}"`)}`,
    );
    await rendered(page, 'ck-case-card', 'link');
    const requests = page.requests();
    expect(requests.filter((r) => r.includes('.invalid'))).to.deep.equal([]);
    expect(requests.filter((r) => r.startsWith(`${apiBase()}/cases/faellesskabsportraetter-holstebro`))).to.have.length(1);
  });

  it('the classic script loads the same elements with dynamic import(), reading data-api from document.currentScript', async () => {
    page = await openPage(
      `<ck-case-card case-id="faellesskabsportraetter-holstebro"></ck-case-card>`,
      `<script type="text/plain" data-api="https://vendor.invalid/collect"></script>
       <script src="/dist/casekit.iife.js" data-api="${apiBase()}"></script>`,
    );
    await rendered(page, 'ck-case-card', 'link');
    expect(entriesOf(page.requests())).to.deep.equal(['case-card']);
    expect(page.requests().filter((r) => r.includes('.invalid'))).to.deep.equal([]);
  });

  it('loading it twice (module and classic script) stays harmless: each file once, no error, no warning', async () => {
    // href-template: a card linking to a page with no ck-case-detail warns the editor, rightly; not what this test is about.
    page = await openPage(
      `<ck-case-card case-id="faellesskabsportraetter-holstebro" href-template="/cases/{id}"></ck-case-card>`,
      `<script src="/dist/casekit.iife.js" data-api="${apiBase()}"></script>
       <script src="/dist/casekit.iife.js?again" data-api="${apiBase()}"></script>
       ${loader(`data-api="${apiBase()}"`)}`,
    );
    const warnings: string[] = [];
    page.window.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    await rendered(page, 'ck-case-card', 'link');
    const scripts = page.requests().filter((r) => r.startsWith('/dist/elements/') || r.startsWith('/dist/chunks/'));
    expect(scripts.length).to.equal(new Set(scripts).size);
    expect(warnings).to.deep.equal([]);
    expect(page.problems).to.deep.equal([]);
  });

  /** The case was asked for once, before the element's own code had arrived, and the element shows it. */
  async function expectEarlyCaseRead(page: Page): Promise<void> {
    await rendered(page, 'ck-case-detail', 'header');
    const resources = page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const caseRequests = resources.filter((entry) => entry.name === `${apiBase()}/cases/faellesskabsportraetter-holstebro`);
    const entry = resources.find((e) => e.name.includes('/dist/elements/case-detail-'))!;
    expect(caseRequests).to.have.length(1);
    expect(caseRequests[0]!.startTime).to.be.below(entry.responseEnd);
    expect(page.document.querySelector('ck-case-detail')!.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Fællesskabsportrætter');
  }

  it('starts a case\'s first request while the element\'s code downloads, and the element uses that answer', async () => {
    page = await openPage(`<ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`);
    await expectEarlyCaseRead(page);
  });

  it('does the same for a detail that shows the page\'s ?ck-case= (the demo\'s case page), not for one that shows its own case-id', async () => {
    page = await openPage(
      `<ck-case-detail></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`,
      '',
      '?ck-case=faellesskabsportraetter-holstebro',
    );
    await expectEarlyCaseRead(page);
    page.close();
    // `case-id` wins over the address, in the loader as in the element: the address's case is not read.
    page = await openPage(
      `<ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`,
      '',
      '?ck-case=ikke-denne-case',
    );
    await expectEarlyCaseRead(page);
    expect(page.requests().filter((path) => path.includes('ikke-denne-case'))).to.deep.equal([]);
  });

  it('asks for every chunk of an element at once (a modulepreload each), not as its code finds them one import level at a time', async () => {
    page = await openPage(`<ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`);
    await rendered(page, 'ck-case-detail', 'header');
    const code = (page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /\/dist\/(elements|chunks)\//.test(e.name));
    const entry = code.filter((e) => e.name.includes('/elements/case-detail-'));
    expect(entry, 'the entry, once').to.have.length(1);
    const chunks = code.filter((e) => e !== entry[0]);
    // core, data, vocabulary, what the case shares with its threads, and the contact box's entry (the
    // threads' own code comes after the case is on screen: see the discussion's test below).
    expect(chunks.length).to.be.at.least(5);
    // Each asked for by the loader itself, so before the entry's code could name it (on a cold cache the
    // requests start together; a warm one answers the entry before the rest are asked for, so the
    // links are what this looks at).
    const preloads = [...page.document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
    for (const chunk of chunks) expect(preloads, chunk.name).to.include(chunk.name);
  });

  it('downloads a case\'s rating scales when the reader nears them, not with the case, and they work then', async () => {
    const detail = await openWholeCase();
    const root = detail.shadowRoot!;
    const scales = [...root.querySelectorAll('#vurdering ck-rating-scale')];
    expect(scales.map((s) => s.getAttribute('question')), 'the scales are in the case').to.deep.equal(['formaal', 'implementering']);
    expect(entriesOf(page!.requests()), 'at the top of the case').to.not.include('rating-scale');
    expect(page!.requests().filter((path) => path.includes('/ratings')), 'nor their votes').to.deep.equal([]);
    // Its place is held meanwhile, so what follows does not move when the code comes.
    expect(scales[0]!.getBoundingClientRect().height).to.be.above(200);

    root.querySelector('#vurdering')!.scrollIntoView();
    await waitFor(() => scales[0]!.shadowRoot?.querySelector('[part="distribution"]'), 'the scale shows the votes');
    expect(scales[0]!.shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(4);
    expect(entriesOf(page!.requests()).filter((name) => name === 'rating-scale'), 'the scales\' code, once').to.have.length(1);
    expect(page!.problems).to.deep.equal([]);
  });

  it('downloads the discussion\'s form when the reader nears it, and a thread on the page itself with the thread', async () => {
    const detail = await openWholeCase();
    const formCode = () => page!.requests().filter((path) => path.startsWith('/dist/chunks/comment-form-'));
    expect(formCode(), 'not with the case').to.deep.equal([]);
    expect(entriesOf(page!.requests()), 'nor the threads\' code, which comes after the case is on screen').to.not.include('comment-thread');
    const thread = detail.shadowRoot!.querySelector('ck-comment-thread[part="comments"]')!;
    // Its place is held meanwhile, so what follows does not move when the code comes.
    expect(thread.getBoundingClientRect().height).to.be.above(400);
    thread.scrollIntoView();
    await waitFor(() => thread.shadowRoot?.querySelector('[part="list"], [part="empty"]'), 'the discussion shows its comments');
    // The named form from the start, so a screen reader's landmarks hold it.
    expect(thread.shadowRoot!.querySelector('form')!.getAttribute('aria-labelledby')).to.not.equal(null);
    await waitFor(() => thread.shadowRoot!.querySelector('form textarea'), 'the form\'s fields');
    expect(entriesOf(page!.requests()).filter((name) => name === 'comment-thread'), 'the threads\' code, once').to.have.length(1);
    expect(formCode(), 'once, as the reader nears it').to.have.length(1);
    expect(page!.problems).to.deep.equal([]);
    page!.close();

    page = await openPage(`<ck-comment-thread case-id="faellesskabsportraetter-holstebro"></ck-comment-thread>${loader(`data-api="${apiBase()}"`)}`);
    const standalone = page.document.querySelector('ck-comment-thread')!;
    await waitFor(() => standalone.shadowRoot?.querySelector('[part="base"]'), 'the thread renders');
    expect(standalone.shadowRoot!.querySelector('form textarea'), 'with its form from its first render').to.not.equal(null);
    const preloads = [...page.document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
    expect(preloads.some((path) => path.startsWith('/dist/chunks/comment-form-')), 'fetched with the thread').to.equal(true);
    expect(page.problems).to.deep.equal([]);
  });

  it('"Giv feedback" pressed before the threads\' code has come opens the section\'s form when it comes', async () => {
    // Pressed the moment the case shows the button (a microtask after that render; the threads' code
    // is asked for only after the next frame's layout), with a note of whether the code was there.
    const pressEarly = `<script>
      customElements.whenDefined('ck-case-detail').then(() => {
        const root = document.querySelector('ck-case-detail').shadowRoot;
        const watch = new MutationObserver(() => {
          const button = root.querySelector('#formaal [part~="feedback-button"]');
          if (!button) return;
          watch.disconnect();
          window.threadCodeWhenPressed = customElements.get('ck-comment-thread') !== undefined;
          button.click();
        });
        watch.observe(root, { childList: true, subtree: true });
      });
    </script>`;
    page = await openPage(`${pressEarly}<ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`);
    await rendered(page, 'ck-case-detail', 'feedback-button');
    const pressed = page.window as unknown as { threadCodeWhenPressed?: boolean };
    await waitFor(() => pressed.threadCodeWhenPressed !== undefined, 'the button pressed');
    expect(pressed.threadCodeWhenPressed, 'pressed before the code came').to.equal(false);
    const root = page.document.querySelector('ck-case-detail')!.shadowRoot!;
    const thread = root.querySelector('#formaal ck-comment-thread')!;
    await waitFor(() => thread.shadowRoot?.activeElement?.localName === 'textarea', 'focus in the section\'s form');
    expect(thread.shadowRoot!.textContent).to.contain('Feedback på »Formål«');
    expect(page.problems).to.deep.equal([]);
  });

  it('says below "Giv feedback" when the threads\' code cannot be fetched, and opens the form when pressed again once it can', async () => {
    await whileCodeBlocked(['/dist/elements/comment-thread-'], async (unblock) => {
      page = await openPage(`<ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`);
      const button = (await rendered(page, 'ck-case-detail', 'feedback-button')) as HTMLButtonElement;
      const note = button.parentElement!.querySelector('[part~="feedback-unavailable"]')!;
      expect(note.getAttribute('role'), 'a live region from the start, so it is heard').to.equal('status');
      expect(note.getBoundingClientRect().height, 'empty, it takes no room').to.equal(0);
      button.click();
      await waitFor(() => note.textContent, 'the note says what happened');
      expect(note.textContent).to.equal('Feedbackfeltet kunne ikke hentes. Tjek forbindelsen, og tryk på »Giv feedback« igen.');
      expect(page.problems.join('\n'), 'and the console why').to.contain('the comment thread could not be loaded');

      await unblock();
      button.click();
      const thread = page.document.querySelector('ck-case-detail')!.shadowRoot!.querySelector('#formaal ck-comment-thread')!;
      await waitFor(() => thread.shadowRoot?.activeElement?.localName === 'textarea', 'the form opens when pressed again');
      expect(note.textContent, 'the note goes').to.equal('');
    });
  });

  it('says where the discussion stands when the threads\' code cannot be fetched, and "Prøv igen" brings it', async () => {
    await whileCodeBlocked(['/dist/elements/comment-thread-'], async (unblock) => {
      const detail = await openWholeCase();
      const root = detail.shadowRoot!;
      const thread = root.querySelector('ck-comment-thread[part="comments"]')!;
      thread.scrollIntoView();
      const notice = await waitFor(() => root.querySelector<HTMLElement>('[part~="code-missing"]'), 'the notice');
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kommentarerne kunne ikke hentes. Tjek din internetforbindelse, og prøv igen. Prøv igen');
      expect(notice.compareDocumentPosition(thread) & Node.DOCUMENT_POSITION_FOLLOWING, 'where the discussion stands').to.not.equal(0);
      expect(thread.getBoundingClientRect().height, 'no empty space held for it').to.equal(0);

      await unblock();
      notice.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await nowInView(thread);
      await waitFor(() => thread.shadowRoot?.querySelector('[part="list"], [part="empty"]'), 'the discussion shows its comments');
      expect(root.querySelector('[part~="code-missing"]'), 'the notice goes').to.equal(null);
      expect(root.activeElement, 'focus stays in the case').to.not.equal(null);
    });
  });

  it('says where the comment form stands when its code cannot be fetched, also for a reply, and "Prøv igen" brings it', async () => {
    // A comment to reply to.
    const posted = await fetch(`${apiBase()}/cases/faellesskabsportraetter-holstebro/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ authorName: 'Mette', text: 'Hvordan fandt I de frivillige?', website: '' }),
    });
    expect(posted.status).to.equal(201);
    await whileCodeBlocked(['/dist/chunks/comment-form-'], async (unblock) => {
      page = await openPage(`<ck-comment-thread case-id="faellesskabsportraetter-holstebro"></ck-comment-thread>${loader(`data-api="${apiBase()}"`)}`);
      const thread = page.document.querySelector('ck-comment-thread')!;
      const notice = await waitFor(() => thread.shadowRoot?.querySelector<HTMLElement>('[part~="comment-form"] [part~="form-missing"]'), 'the form says its code is missing');
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kommentarfeltet kunne ikke hentes. Tjek din internetforbindelse, og prøv igen. Prøv igen');
      await waitFor(() => thread.shadowRoot!.querySelector('[part~="list"] [part="reply-button"]'), 'the comments show all the same');

      // "Svar" opens the reply's place, which says the same, with focus on its "Prøv igen".
      const reply = thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="reply-button"]')!;
      const comment = reply.closest('article')!;
      reply.click();
      await waitFor(() => comment.querySelector('[part~="form-missing"] [part~="retry"]') === thread.shadowRoot!.activeElement, 'focus on the reply\'s "Prøv igen"');

      await unblock();
      (thread.shadowRoot!.activeElement as HTMLButtonElement).click();
      await waitFor(() => comment.querySelector('textarea') === thread.shadowRoot!.activeElement, 'focus in the reply\'s text field');
      expect(thread.shadowRoot!.querySelector('[part~="form-missing"]'), 'no notice left').to.equal(null);
      expect(thread.shadowRoot!.querySelector('[part~="comment-form"] textarea'), 'the main form has its fields').to.not.equal(null);
    });
  });

  it('says beside "Gem kontakt" and "Følg denne case" when their code cannot be fetched, and they work when pressed again', async () => {
    await whileCodeBlocked(['/dist/chunks/vcard-', '/dist/chunks/follow-form-'], async (unblock) => {
      page = await openPage(
        `<ck-contact-box name="Anna Holm" phone="12345678" email="anna@holstebro.dk"></ck-contact-box>` +
          `<ck-comment-thread case-id="faellesskabsportraetter-holstebro"></ck-comment-thread>${loader(`data-api="${apiBase()}"`)}`,
      );
      const box = page.document.querySelector('ck-contact-box')!;
      const save = await waitFor(() => box.shadowRoot?.querySelector<HTMLButtonElement>('[part~="vcard"]'), 'the contact box');
      const cardStatus = box.shadowRoot!.querySelector('[part~="vcard-missing"]')!;
      expect(cardStatus.getAttribute('role'), 'a live region from the start').to.equal('status');
      save.click();
      await waitFor(() => cardStatus.textContent, 'the box says the card could not be fetched');
      expect(cardStatus.textContent).to.equal('Kontaktkortet kunne ikke hentes. Tjek din internetforbindelse, og prøv igen.');

      const thread = page.document.querySelector('ck-comment-thread')!;
      const follow = await waitFor(() => thread.shadowRoot?.querySelector<HTMLButtonElement>('[part~="follow-button"]'), 'the thread');
      follow.click();
      const followStatus = () => thread.shadowRoot!.querySelector('[part~="follow-done"]')!.textContent!.trim();
      await waitFor(followStatus, 'the thread says the follow form could not be fetched');
      expect(followStatus()).to.equal('Tilmeldingen kunne ikke hentes. Tjek din internetforbindelse, og tryk på knappen igen.');
      expect(thread.shadowRoot!.querySelector('[part~="follow-done"]')!.getAttribute('role')).to.equal('status');

      await unblock();
      let downloaded: HTMLAnchorElement | undefined;
      box.shadowRoot!.addEventListener('click', (event) => {
        if (event.target instanceof page!.window.HTMLAnchorElement && event.target.download) {
          downloaded = event.target;
          event.preventDefault();
        }
      }, true);
      save.click();
      await waitFor(() => downloaded, 'the card downloads when pressed again');
      expect(cardStatus.textContent, 'and the note goes').to.equal('');
      thread.shadowRoot!.querySelector<HTMLButtonElement>('[part~="follow-button"]')!.click();
      await waitFor(() => thread.shadowRoot!.querySelector('#follow-form'), 'the follow form opens when pressed again');
      expect(followStatus(), 'and the note goes').to.equal('');
    });
  });

  it('says in the self-assessment when the scales\' code cannot be fetched, and "Prøv igen" brings the scales, focus staying in the section', async () => {
    await whileCodeBlocked(['/dist/elements/rating-scale-'], async (unblock) => {
      const { section, notice, text } = await codeMissingNotice(await openWholeCase(), 'vurdering');
      expect(text).to.equal('Vurderingerne kunne ikke hentes. Tjek din internetforbindelse, og prøv igen. Prøv igen');
      const scale = section.querySelector('ck-rating-scale')!;
      expect(scale.getBoundingClientRect().height, 'no empty space held for it').to.equal(0);

      await unblock();
      notice.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      expect((section.getRootNode() as ShadowRoot).activeElement, 'focus in the section').to.equal(section);
      await nowInView(scale);
      await waitFor(() => scale.shadowRoot?.querySelector('[part="distribution"]'), 'the scale shows the votes');
      expect(section.querySelector('[part~="code-missing"]'), 'the notice goes').to.equal(null);
    });
  });

  /** A case with two related cases (the seeded cases name none), given to a detail through the loader, every part drawn. */
  async function openCaseWithRelated(): Promise<HTMLElement> {
    const shown = await (await fetch(`${apiBase()}/cases/faellesskabsportraetter-holstebro`)).json();
    const { items } = await (await fetch(`${apiBase()}/cases?pageSize=3`)).json();
    shown.related = items.filter((item: { id: string }) => item.id !== shown.id).slice(0, 2);
    page = await openPage(`<ck-case-detail></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`);
    const detail = page.document.querySelector('ck-case-detail')! as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    detail.data = shown;
    await rendered(page, 'ck-case-detail', 'related');
    await detail.updateComplete; // every part of the case
    return detail;
  }

  it('downloads the related cases\' cards when the reader nears them', async () => {
    const detail = await openCaseWithRelated();
    const related = detail.shadowRoot!.querySelector('[part~="related"]')!;
    expect(related.querySelectorAll('ck-case-card')).to.have.length(2);
    expect(entriesOf(page!.requests()), 'at the top of the case').to.not.include('case-card');
    related.scrollIntoView();
    const card = related.querySelector('ck-case-card')!;
    await waitFor(() => card.shadowRoot?.querySelector('[part~="link"]'), 'the related case shows');
    expect(entriesOf(page!.requests()).filter((name) => name === 'case-card'), 'the cards\' code, once').to.have.length(1);
    expect(page!.problems).to.deep.equal([]);
  });

  it('says in the related cases when their cards\' code cannot be fetched, and "Prøv igen" brings the cards', async () => {
    await whileCodeBlocked(['/dist/elements/case-card-'], async (unblock) => {
      const { section, notice, text } = await codeMissingNotice(await openCaseWithRelated(), 'relaterede');
      expect(text).to.equal('De relaterede cases kunne ikke hentes. Tjek din internetforbindelse, og prøv igen. Prøv igen');

      await unblock();
      notice.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      const card = section.querySelector('ck-case-card')!;
      await nowInView(card);
      await waitFor(() => card.shadowRoot?.querySelector('[part~="link"]'), 'the related case shows');
      expect(section.querySelector('[part~="code-missing"]'), 'the notice goes').to.equal(null);
    });
  });

  it('defines each element in a task of its own, after the ones it shows, so no task holds all their first renders', async () => {
    // Each record is written when a definition's promise settles (a microtask of the task that defined it),
    // with the definitions there were at that moment. A page-level thread beside the case, so three are defined at load.
    const tags = `['ck-contact-box', 'ck-comment-thread', 'ck-case-detail']`;
    const watch = `<script>
      window.seen = [];
      for (const tag of ${tags}) customElements.whenDefined(tag).then(() => seen.push(tag + ':' + ${tags}.filter((t) => customElements.get(t)).join(',')));
    </script>`;
    page = await openPage(
      `${watch}<ck-comment-thread case-id="faellesskabsportraetter-holstebro"></ck-comment-thread><ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>${loader(`data-api="${apiBase()}"`)}`,
    );
    await rendered(page, 'ck-case-detail', 'header');
    await waitFor(() => (page!.window as unknown as { seen: string[] }).seen.length === 3, 'all three defined');
    const seen = (page.window as unknown as { seen: string[] }).seen;
    // The detail comes after the contact box it shows; each comes in a task of its own, so no two
    // records saw the same definitions.
    expect(seen.find((record) => record.startsWith('ck-case-detail:')), 'the contact box before the detail').to.contain('ck-contact-box');
    expect(new Set(seen.map((record) => record.split(':')[1])).size, 'never two at once').to.equal(3);
    expect(page.problems).to.deep.equal([]);
  });

  it('holds a widget\'s place until its code arrives, but not a server-rendered one, which shows its content at its own height', async () => {
    // The loader's rules on a page whose elements have no code (none is loaded here), as before it arrives.
    const served = `<template shadowrootmode="open"><p style="margin:0">Kort case</p></template><script type="application/json" data-ck-data>{}</script>`;
    page = await openPage(
      `<ck-case-detail case-id="a" id="client"></ck-case-detail><ck-case-detail case-id="b" id="served">${served}</ck-case-detail>` +
        `<ck-contact-box case-id="c" id="client-box"></ck-contact-box>`,
      `<style>${reservationCss('')}</style>`,
    );
    const height = (id: string) => page!.document.getElementById(id)!.getBoundingClientRect().height;
    expect(height('client'), 'a case holds a screen').to.equal(page.window.innerHeight);
    expect(height('client-box'), 'a contact box holds its usual height').to.be.above(100);
    expect(page.document.getElementById('served')!.shadowRoot, 'the server-rendered case shows its content').to.not.equal(null);
    expect(height('served'), 'a short server-rendered case is as tall as its content, not a screen').to.be.below(60);
  });
});
