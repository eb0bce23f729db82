import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CkCommentThread } from '../../src/elements/comment-thread/comment-thread.js';
import type { CkContactBox } from '../../src/elements/contact-box/contact-box.js';
import { apiBase, waitFor } from '../api/helpers.js';
import { plainCase, postComments, publishCase, rejectCases } from './api-cases.js';

/**
 * Issue #13, item 9, in Chromium against the real API: a contact field that tries to add lines
 * to the "Gem kontakt" vCard, comment links that show one host and go to another, and a
 * right-to-left override that makes "…exe" read as "….pdf". Each attack must fail.
 */
const DECEPTIONS = [
  'Log ind her: https://www.holstebro.dk:443@evil.example/nemid',
  'Se https://www.holstebro.dk\u2215login.evil.example/ for detaljer',
  'Eller https://www.holstebro.dk\uFF0Flogin.evil.example/',
  'Bekræft på https://www.holstebrо.dk/nemid (med kyrillisk o)',
  'Faktura: https://files.example/faktura\u202Efdp.exe',
  'Helt almindelig: https://www.holstebro.dk/borger',
];

describe('deceptive links and vCard lines (real API)', function () {
  this.timeout(120_000);
  let caseId = '';

  before(async function () {
    this.timeout(180_000);
    const input = plainCase('Falske links og vCard-linjer');
    input.contacts = [
      {
        name: 'Vera Vcard',
        jobTitle: 'Konsulent\nURL:https://evil.example/a',
        department: 'Sundhed\r\nEMAIL:phish@evil.example',
        organisation: 'Xssby Kommune',
        phone: '96114122\rTEL:90000000\rURL:x.example',
        email: 'vera@example.dk',
      },
    ];
    caseId = await publishCase(input);
    await postComments(caseId, DECEPTIONS.map((text, i) => ({ authorName: `Gæst ${i}`, text })));
  });

  after(() => rejectCases([caseId]));

  it('the vCard keeps every field on its own line: no extra TEL, URL or EMAIL', async () => {
    const el = await fixture<CkContactBox>(html`<ck-contact-box case-id=${caseId}></ck-contact-box>`);
    await waitFor(() => el.shadowRoot!.querySelector('[part="vcard"]'), 'the vCard button');
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="vcard"]')!;
    let downloaded: HTMLAnchorElement | undefined;
    el.shadowRoot!.addEventListener('click', (event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        downloaded = event.target;
        event.preventDefault();
      }
    }, true);
    button.click();
    await waitFor(() => downloaded, 'the download');
    const vcard = await (await fetch(downloaded!.href)).text();
    const lines = vcard.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).filter(Boolean);
    expect(lines.map((l) => l.split(/[:;]/)[0])).to.deep.equal(['BEGIN', 'VERSION', 'FN', 'N', 'TITLE', 'ORG', 'TEL', 'EMAIL', 'END']);
    expect(vcard).to.contain('TEL;TYPE=WORK,VOICE:96114122\\nTEL:90000000\\nURL:x.example');
    expect(lines.filter((l) => l.startsWith('URL') || l.startsWith('TEL:'))).to.deep.equal([]);
  });

  it('a comment link shows the host it goes to, or is no link at all', async () => {
    const el = await fixture<CkCommentThread>(html`<ck-comment-thread case-id=${caseId} page-size="20" sort="oldest"></ck-comment-thread>`);
    await waitFor(() => el.shadowRoot!.querySelectorAll('[part~="comment"]').length === DECEPTIONS.length, 'every comment');
    const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="text"]')];
    const links = texts.flatMap((t) => [...t.querySelectorAll('a')]);
    for (const a of links) {
      const target = new URL(a.href);
      expect(target.username, a.href).to.equal('');
      expect(new URL(a.textContent!).host, `"${a.textContent}" goes to ${target.host}`).to.equal(target.host);
    }
    const shownHosts = links.map((a) => new URL(a.href).host);
    expect(shownHosts).to.deep.equal(['www.xn--holstebr-ubh.dk', 'files.example', 'www.holstebro.dk']);
    // The user-info and look-alike-slash addresses are there to read, as text.
    expect(texts[0]!.textContent).to.contain('https://www.holstebro.dk:443@evil.example/nemid');
    expect(texts[0]!.querySelector('a')).to.equal(null);
    expect(texts[1]!.querySelector('a')).to.equal(null);
    expect(texts[2]!.querySelector('a')).to.equal(null);
    // No bidi override reaches the page: the file name reads as it was written.
    const all = texts.map((t) => t.textContent).join('\n');
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(all)).to.equal(false);
    expect(texts[4]!.textContent).to.contain('fakturafdp.exe');
  });

  it('the API refuses a javascript: material address with a problem a person can act on', async () => {
    const input = { ...plainCase('Farlig adresse'), materials: [{ title: 'Folder', url: 'javascript:alert(1)' }] };
    const res = await fetch(`${apiBase()}/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'da' },
      body: JSON.stringify(input),
    });
    expect(res.status).to.equal(400);
    expect(res.headers.get('content-type')).to.match(/application\/problem\+json/);
    const problem = await res.json();
    expect(problem.errors[0].path).to.equal('materials.0.url');
    expect(problem.errors[0].message).to.match(/http:\/\/ eller https:\/\//);
  });
});
