import { takeFindings } from './hostile-page.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { CaseApiClient } from '../../src/api/client.js';
import { freshBase, nextEvent, textOf, waitFor } from '../api/helpers.js';
import { TEST_MUNICIPALITY, plainCase, publishCase, rejectCases } from './api-cases.js';

/**
 * Faults in the widgets, from real servers: the page offline (every request
 * leaving the test runner's origin fails), and a fault server in front of the
 * API that refuses connections (a stopped API), stops answering altogether
 * (a frozen one), or answers 500, malformed JSON, or one request not at all
 * (longer than the client's timeout, lowered here to 600 ms). Each data widget shows its error with
 * "Prøv igen", which brings the content once the fault is gone; the comment
 * form and the case form keep what was typed; no promise is left unhandled.
 */
interface Fault {
  name: string;
  /** What the reader is told while loading fails. */
  message: RegExp;
  /** The API base the widgets use: one that is cold in this page's cache. */
  base(): string;
  /** Starts the fault, for requests with `method` only when given. */
  start(method?: string): Promise<unknown>;
  stop(): Promise<unknown>;
}

let faultOrigin = '';
let run = 0;
const throughFaultServer = (name: string, mode: string, message: RegExp): Fault => ({
  name,
  message,
  base: () => `${faultOrigin}/${mode}-${++run}/api/v1`,
  start(method?: string) {
    // Only against a server that never answers: on a busy machine the real API is not always this quick.
    if (mode === 'hang' || mode === 'silent') CaseApiClient.defaultTimeout = 600;
    return executeServerCommand('fault-set', { mode, method });
  },
  async stop() {
    CaseApiClient.defaultTimeout = 10_000;
    await executeServerCommand('fault-set', { mode: 'none' });
  },
});

const FAULTS: Fault[] = [
  // What a stopped API looks like: every connection refused (method filters do not apply).
  throughFaultServer('server stopped (connections refused)', 'refuse', /ingen forbindelse til case-serveren/),
  {
    name: 'offline',
    message: /ingen forbindelse til case-serveren/,
    base: freshBase,
    start: () => executeServerCommand('fault-offline', { offline: true }),
    stop: () => executeServerCommand('fault-offline', { offline: false }),
  },
  // A frozen API: connections accepted, nothing answered, CORS preflights included.
  throughFaultServer('server not answering at all', 'silent', /svarer ikke lige nu/),
  throughFaultServer('slow server (no answer within the timeout)', 'hang', /svarer ikke lige nu/),
  throughFaultServer('500 from the server', '500', /svarede med en fejl \(500\)/),
  throughFaultServer('malformed JSON', 'malformed', /svar, der ikke kunne læses/),
];

/** What each data widget shows once it has its data. */
const CONTENT: Record<string, string> = {
  'ck-case-card': '[part="link"]',
  'ck-case-list': 'ck-case-card',
  'ck-case-detail': '[part~="title"]',
  'ck-contact-box': '[part="contact"]',
  'ck-comment-thread': '[part="list"], [part="empty"]',
  'ck-rating-scale': '[part="distribution"]',
};

/** What a widget shows, for a failure message: its parts and the start of its text. */
const shown = (el: Element): string => {
  const root = el.shadowRoot;
  if (!root) return 'nothing: no shadow root';
  const parts = [...new Set([...root.querySelectorAll('[part]')].map((node) => node.getAttribute('part')))].join(', ');
  return `parts ${parts || 'none'}; text "${(root.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160)}"`;
};

const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] [part="retry"]');

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('faults in the widgets (real servers)', function () {
  this.timeout(120_000);
  const ids: string[] = [];
  const submitted: string[] = [];

  before(async function () {
    this.timeout(120_000);
    faultOrigin = (await executeServerCommand('fault-origin')) as string;
    for (let i = 0; i < 5; i++) ids.push(await publishCase(plainCase(`Fejltest ${i + 1}`)));
    takeFindings();
  });

  after(async function () {
    this.timeout(120_000);
    await rejectCases([...ids, ...submitted]);
  });

  beforeEach(() => {
    history.replaceState(null, '', location.pathname);
    localStorage.clear();
  });

  afterEach(async function () {
    this.timeout(120_000);
    // Whatever happened, the next test starts with every server up and the page online.
    await executeServerCommand('fault-offline', { offline: false });
    await executeServerCommand('fault-set', { mode: 'none' });
    CaseApiClient.defaultTimeout = 10_000;
    localStorage.clear();
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: every data widget says so, and its "Prøv igen" brings the content once the fault is gone`, async () => {
      const api = fault.base();
      await fault.start();
      const el = await fixture(html`<div>
        <ck-case-card case-id=${ids[0]!} api=${api}></ck-case-card>
        <ck-case-list municipality=${TEST_MUNICIPALITY} page-size="5" hide-filters api=${api}></ck-case-list>
        <ck-case-detail case-id=${ids[1]!} api=${api}></ck-case-detail>
        <ck-contact-box case-id=${ids[2]!} api=${api}></ck-contact-box>
        <ck-comment-thread case-id=${ids[3]!} api=${api}></ck-comment-thread>
        <ck-rating-scale case-id=${ids[4]!} question="formaal" api=${api}></ck-rating-scale>
      </div>`);
      const widgets = [...el.children];
      try {
        for (const widget of widgets) {
          await waitFor(() => retryButton(widget), () => `<${widget.localName}> shows an error with "Prøv igen" (it shows: ${shown(widget)})`);
          expect(textOf(widget.shadowRoot!.querySelector('[part~="error"]')), widget.localName).to.match(fault.message);
        }
      } finally {
        await fault.stop();
      }
      for (const widget of widgets) {
        const selector = CONTENT[widget.localName]!;
        expect(widget.shadowRoot!.querySelector(selector), `${widget.localName} before the retry`).to.equal(null);
        retryButton(widget)!.click();
        await waitFor(() => widget.shadowRoot!.querySelector(selector), () => `<${widget.localName}> shows its content after "Prøv igen" (it shows: ${shown(widget)})`);
        expect(retryButton(widget), widget.localName).to.equal(null);
      }
      expect(takeFindings().rejections, 'unhandled promise rejections').to.deep.equal([]);
    });

    it(`${fault.name}: the comment form and the case form keep what was typed, say so, and send it once the fault is gone`, async () => {
      const api = fault.base();
      const el = await fixture(html`<div>
        <ck-comment-thread case-id=${ids[3]!} api=${api}></ck-comment-thread>
        <ck-case-form api=${api}></ck-case-form>
      </div>`);
      const thread = el.querySelector('ck-comment-thread')!;
      const caseForm = el.querySelector('ck-case-form')!;
      await waitFor(() => thread.shadowRoot!.querySelector(CONTENT['ck-comment-thread']!), 'comments loaded');
      const form = thread.shadowRoot!.querySelector('form')!;
      const name = form.querySelector<HTMLInputElement>('input[autocomplete="name"]')!;
      const text = form.querySelector('textarea')!;
      type(name, 'Mette fra Viborg');
      type(text, `Kommentar skrevet under fejlen "${fault.name}".\nAnden linje.`);
      const field = (id: string) => caseForm.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
      const typed = { 'f-title': `Case sendt under "${fault.name}"`, 'f-municipalities': TEST_MUNICIPALITY, 'f-contacts-0-name': 'Fejl Testesen', 'f-purpose': 'Et langt formål\nmed to linjer.' };
      for (const [id, value] of Object.entries(typed)) type(field(id), value);
      const kind = caseForm.shadowRoot!.querySelector<HTMLSelectElement>('#f-interventionType')!;
      kind.value = 'projekt';
      kind.dispatchEvent(new Event('change', { bubbles: true, composed: true }));

      await fault.start('POST');
      try {
        form.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
        caseForm.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
        await waitFor(() => form.querySelector('[part="form-error"]') && caseForm.shadowRoot!.querySelector('[part="form-error"]'), 'both forms say the post failed');
        expect(textOf(form.querySelector('[part="form-error"]'))).to.match(/Kommentaren blev ikke sendt.*gemt her/);
        expect(textOf(caseForm.shadowRoot!.querySelector('[part="form-error"]'))).to.match(/Casen blev ikke sendt.*gemt her/);
        expect(name.value).to.equal('Mette fra Viborg');
        expect(text.value).to.contain('Anden linje.');
        for (const [id, value] of Object.entries(typed)) expect(field(id).value, id).to.equal(value);
        // Kept on the device too, in case the reader reloads.
        expect(localStorage.getItem(`casekit:draft:comment:${ids[3]}:-:-`)).to.contain('Anden linje.');
        expect(localStorage.getItem('casekit:draft:case-form')).to.contain('med to linjer.');
      } finally {
        await fault.stop();
      }

      const posted = await nextEvent(thread, 'ck-comment-posted', () => form.querySelector<HTMLButtonElement>('[part="submit"]')!.click());
      expect(posted.detail.comment.text).to.equal(`Kommentar skrevet under fejlen "${fault.name}".\nAnden linje.`);
      const received = await nextEvent(caseForm, 'ck-case-submitted', () => caseForm.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click());
      submitted.push(received.detail.id);
      await waitFor(() => thread.shadowRoot!.querySelector(`#c-${CSS.escape(posted.detail.comment.id)}`), 'the comment is shown');
      expect(textOf(thread.shadowRoot!.querySelector(`#c-${CSS.escape(posted.detail.comment.id)}`))).to.contain(`Kommentar skrevet under fejlen "${fault.name}".`);
      expect(takeFindings().rejections, 'unhandled promise rejections').to.deep.equal([]);
    });
  }
});
