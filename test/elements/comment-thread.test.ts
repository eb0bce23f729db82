import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/comment-thread/register.js';
import { apiBase, faultBase, nextEvent, textOf, setFault, waitFor, whileApiDown, withFault } from '../api/helpers.js';
import { afterFailedImageLoads } from '../hardening/hostile-page.js';
import type { CkCommentThread } from '../../src/elements/comment-thread/comment-thread.js';
import { clientFor } from '../../src/api/client.js';

const CASE = 'plads-til-naervaer-og-hjerte';
const OTHER_CASE = 'ensomhed-som-tema-for-samskabelsesprocesser';

const $ = <T extends Element = HTMLElement>(el: CkCommentThread, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = (el: CkCommentThread, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const headingText = (el: CkCommentThread) => $(el, '[part="heading"]')!.textContent!.trim();

async function thread(caseId = CASE, extra: Partial<CkCommentThread> = {}): Promise<CkCommentThread> {
  const el = await fixture<CkCommentThread>(html`<ck-comment-thread case-id=${caseId} .pageSize=${extra.pageSize ?? 10} api=${extra.api ?? ''}></ck-comment-thread>`);
  await waitFor(() => $(el, '[part="list"], [part="empty"]'), 'comments loaded');
  return el;
}

/** The main form's fields (the thread's own form, not a reply's). */
function mainForm(el: CkCommentThread) {
  const form = $(el, '[part="base"] > form.comment-form')!;
  return {
    form,
    name: form.querySelector<HTMLInputElement>('input[autocomplete="name"]')!,
    email: form.querySelector<HTMLInputElement>('input[type="email"]')!,
    text: form.querySelector<HTMLTextAreaElement>('textarea')!,
    submit: form.querySelector<HTMLButtonElement>('[part="submit"]')!,
  };
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function post(el: CkCommentThread, name: string, text: string) {
  const f = mainForm(el);
  type(f.name, name);
  type(f.text, text);
  const event = await nextEvent(el, 'ck-comment-posted', () => f.submit.click());
  await waitFor(() => $(el, `#c-${CSS.escape(event.detail.comment.id)}`), 'posted comment shown');
  return event.detail.comment;
}

describe('ck-comment-thread (real API)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the empty state, a labelled form and stores nothing before the reader types', async () => {
    const el = await thread('fremtidens-partnerskaber');
    expect(headingText(el)).to.equal('0 kommentarer');
    expect($(el, '[part="empty"]')!.textContent).to.contain('ingen kommentarer');
    expect(localStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps its form in place and names no count while the comments load', async () => {
    const caseId = 'faellesskabsportraetter-holstebro';
    const posted = await fetch(`${apiBase()}/cases/${caseId}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ authorName: 'Lene fra Skive', text: 'Hvor lang tid tog det at lave et portræt?' }),
    });
    expect(posted.status).to.equal(201);
    // The real API answers; the page's fetch holds that answer until the test has looked at the loading state.
    const realFetch = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/comments')) await held;
      return realFetch(input, init);
    };
    try {
      const el = await fixture<CkCommentThread>(html`<ck-comment-thread case-id=${caseId} page-size="3" api=${await faultBase()}></ck-comment-thread>`);
      await waitFor(() => $(el, '[part="loading"]') && mainForm(el).form, 'loading state with its form');
      expect(headingText(el), 'no count before it is known').to.equal('Kommentarer');
      const formTop = mainForm(el).form.getBoundingClientRect().top;
      release();
      await waitFor(() => $(el, '[part="list"]'), 'comments arrived');
      expect(headingText(el)).to.match(/^\d+ kommentar(er)?$/);
      expect(mainForm(el).form.getBoundingClientRect().top, 'the form did not move').to.equal(formTop);
    } finally {
      window.fetch = realFetch;
      release();
    }
  });

  it('reads the comments once for a case’s thread and its section’s thread, and "Vis flere" shows what that read brought', async () => {
    // A generated case no other test comments on.
    const { items } = (await (await fetch(`${apiBase()}/cases?pageSize=50&sort=title`)).json()) as { items: { id: string }[] };
    const caseId = items.at(-1)!.id;
    const send = (body: object) =>
      fetch(`${apiBase()}/cases/${caseId}/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    for (let i = 1; i <= 4; i++) expect((await send({ authorName: `Læser ${i}`, text: `Kommentar nummer ${i} om partnerskaber.` })).status).to.equal(201);
    expect((await send({ authorName: 'Jens', text: 'Formålet er klart beskrevet.', section: 'formaal' })).status).to.equal(201);
    const base = await faultBase();
    const el = await fixture<HTMLElement>(html`<div>
      <ck-comment-thread case-id=${caseId} page-size="3" api=${base}></ck-comment-thread>
      <ck-comment-thread case-id=${caseId} section="formaal" api=${base}></ck-comment-thread>
    </div>`);
    const [main, section] = [...el.querySelectorAll<CkCommentThread>('ck-comment-thread')] as [CkCommentThread, CkCommentThread];
    await waitFor(() => $(main, '[part="list"]') && $(section, '[part="list"]'), 'both threads loaded');
    const reads = () => performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${base}/cases/${caseId}/comments`)).length;
    expect(reads(), 'one read of the comments for both threads').to.equal(1);
    expect(textOf(section.shadowRoot)).to.contain('Formålet er klart beskrevet.');
    expect($$(main, '[part="list"] > li')).to.have.length(3);
    $(main, '[part="show-more"]')!.click();
    await waitFor(() => $$(main, '[part="list"] > li').length === 5, 'the next comments shown');
    expect(reads(), '"Vis flere" showed comments the first read brought').to.equal(1);
  });

  it('posts a comment and a reply, and shows them threaded with author, relative time and count after a reload', async () => {
    let el = await thread();
    const before = Number.parseInt(headingText(el), 10);
    const comment = await post(el, 'Mette fra Viborg', 'Hvordan fik I kontakt til fotograferne?\nVi overvejer det samme.');
    expect(localStorage.getItem(`casekit:draft:comment:${CASE}:-:-`)).to.equal(null);
    expect($(el, '[part="notice"]')!.textContent).to.contain('offentliggjort');

    const replyButton = $(el, `#c-${CSS.escape(comment.id)} [part="reply-button"]`)!;
    expect(replyButton.textContent!.replace(/\s+/g, ' ').trim(), 'one name, not "Svar : Svar til …"').to.equal('Svar til Mette fra Viborg');
    replyButton.click();
    await el.updateComplete;
    const replyForm = $(el, `#c-${CSS.escape(comment.id)} form`)!;
    expect(el.shadowRoot!.activeElement).to.equal(replyForm.querySelector('textarea'));
    type(replyForm.querySelector('input')!, 'Maria Bisgaard Fabricius');
    type(replyForm.querySelector('textarea')!, 'Via Frivillighedscentret: https://example.dk/frivillig.');
    const reply = (await nextEvent(el, 'ck-comment-posted', () => replyForm.querySelector<HTMLButtonElement>('[part="submit"]')!.click())).detail.comment;
    expect(reply.parentId).to.equal(comment.id);

    el.remove();
    el = await thread();
    expect(headingText(el)).to.equal(`${before + 2} kommentarer`);
    const article = $(el, `#c-${CSS.escape(comment.id)}`)!;
    expect(article.querySelector('[part="author"]')!.textContent).to.equal('Mette fra Viborg');
    expect(article.querySelector('[part="time"]')!.textContent).to.match(/nu|sekund|minut/);
    expect(article.querySelector('[part="text"]')!.textContent).to.equal('Hvordan fik I kontakt til fotograferne?\nVi overvejer det samme.');
    const replies = article.parentElement!.querySelector('[part="replies"]')!;
    expect(replies.querySelector('[part="author"]')!.textContent).to.equal('Maria Bisgaard Fabricius');
    const link = replies.querySelector<HTMLAnchorElement>('[part="text"] a')!;
    expect(link.href).to.equal('https://example.dk/frivillig');
    expect(link.rel).to.equal('nofollow ugc noopener');
    await expect(el).to.be.accessible();
  });

  it('says "1 kommentar" in the singular, and sorts newest or oldest first with "Vis flere"', async () => {
    const el = await thread(OTHER_CASE, { pageSize: 2 } as Partial<CkCommentThread>);
    const start = Number.parseInt(headingText(el), 10);
    await post(el, 'Første', 'En');
    if (start === 0) expect(headingText(el)).to.equal('1 kommentar');
    await post(el, 'Anden', 'To');
    await post(el, 'Tredje', 'Tre');
    const authors = () => $$(el, '[part="list"] > li > article [part="author"]').map((a) => a.textContent);
    expect(authors()).to.deep.equal(['Tredje', 'Anden']);
    $(el, '[part="show-more"]')!.click();
    await waitFor(() => authors().length === 3, 'third shown');
    expect(authors()).to.deep.equal(['Tredje', 'Anden', 'Første']);
    await waitFor(() => el.shadowRoot!.activeElement?.querySelector('[part="author"]')?.textContent === 'Første', 'focus on the first new comment');

    const select = $<HTMLSelectElement>(el, '[part="sort"]')!;
    select.value = 'oldest';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => authors()[0] !== 'Tredje', 'resorted');
    if (start === 0) expect(authors().slice(0, 2)).to.deep.equal(['Første', 'Anden']);
    await expect(el).to.be.accessible();
  });

  it('checks the fields before sending: messages at the fields, aria-invalid, focus on the first', async () => {
    const el = await thread();
    const f = mainForm(el);
    f.submit.click();
    await el.updateComplete;
    expect(f.name.getAttribute('aria-invalid')).to.equal('true');
    expect(f.text.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(f.name);
    const described = f.name.getAttribute('aria-describedby')!;
    expect($(el, `#${described}`)!.textContent).to.equal('Udfyld navn.');
    await expect(el).to.be.accessible();
  });

  it('maps the server’s field errors onto the field and keeps the text', async () => {
    const el = await thread();
    const f = mainForm(el);
    type(f.name, 'Lars');
    type(f.email, 'lars@kommune.x');
    type(f.text, 'Godt projekt.');
    f.submit.click();
    await waitFor(() => f.email.getAttribute('aria-invalid') === 'true', 'server error at the e-mail field');
    expect($(el, '[part="form-error"]')!.textContent).to.contain('Ret de markerede felter');
    expect(f.text.value).to.equal('Godt projekt.');
    expect(el.shadowRoot!.activeElement).to.equal(f.email);
  });

  it('keeps the typed text when the server is down, and a reload restores the draft', async () => {
    const base = await faultBase();
    let el = await thread(CASE, { api: base });
    let f = mainForm(el);
    type(f.name, 'Jens');
    f.text.focus();
    await sendKeys({ type: 'Tak for en god case' });
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(`casekit:draft:comment:${CASE}:-:-`)!).text).to.equal('Tak for en god case');

    await withFault('refuse', async () => {
      f.submit.click();
      await waitFor(() => $(el, '[part="form-error"]'), 'failure shown');
      expect($(el, '[part="form-error"]')!.textContent).to.contain('ikke er forbindelse');
      expect(f.text.value).to.equal('Tak for en god case');
      await expect(el).to.be.accessible();
    });

    el.remove();
    el = await thread(CASE, { api: base });
    f = mainForm(el);
    expect(f.name.value).to.equal('Jens');
    expect(f.text.value).to.equal('Tak for en god case');
    expect(el.shadowRoot!.textContent).to.contain('gendannet');
    await nextEvent(el, 'ck-comment-posted', () => f.submit.click());
    expect(localStorage.getItem(`casekit:draft:comment:${CASE}:-:-`)).to.equal(null);
  });

  it('shows HTML in a comment as text and runs nothing', async () => {
    const el = await thread();
    const w = window as unknown as { pwned?: boolean };
    const evil = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script> <b>fed</b>';
    const comment = await post(el, '<i>Hacker</i>', evil);
    // Had the text become an <img src=x>, its onerror would have run before ours fails.
    await afterFailedImageLoads();
    const article = $(el, `#c-${CSS.escape(comment.id)}`)!;
    expect(article.querySelector('[part="text"]')!.textContent).to.equal(evil);
    expect(article.querySelector('[part="author"]')!.textContent).to.equal('<i>Hacker</i>');
    expect(article.querySelector('img, script, b, i')).to.equal(null);
    expect(w.pwned).to.equal(undefined);
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const el = await thread();
    const trap = mainForm(el).form.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    const box = trap.getBoundingClientRect();
    expect(box.right < 0 || box.width <= 1).to.be.true;
  });

  it('follows a case: e-mail, then "Tjek din e-mail for at bekræfte", and the outbox sends the confirmation', async () => {
    const followCode = () => performance.getEntriesByType('resource').filter((entry) => /\/comment-thread\/follow-form\.(ts|js)/.test(entry.name));
    const el = await thread();
    expect(followCode(), 'the form\'s code does not come with the thread').to.deep.equal([]);
    expect($(el, '[part="follow-button"]')!.getAttribute('aria-expanded')).to.equal('false');
    $(el, '[part="follow-button"]')!.click();
    const field = await waitFor(() => $<HTMLInputElement>(el, '#follow-email'), 'the follow form opens');
    expect(followCode(), 'it comes on the click').to.have.length(1);
    expect($(el, '[part="follow-button"]')!.getAttribute('aria-expanded')).to.equal('true');
    await waitFor(() => el.shadowRoot!.activeElement === field, 'focus in the e-mail field');
    await expect(el).to.be.accessible();
    const address = `laeser-${Date.now()}@example.dk`;
    type(field, address);
    // The status region is on the page, empty, before its text arrives (a region added with its text is often not read).
    const region = $(el, '[part="follow-done"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim()).to.equal('');
    $(el, '[part="follow-submit"]')!.click();
    await waitFor(() => region.textContent!.includes('Tjek din e-mail for at bekræfte'), 'confirmation shown');
    expect($(el, '[part="follow-done"]')).to.equal(region);
    expect(el.shadowRoot!.activeElement, 'focus moves to the confirmation, not to <body>').to.equal(region);
    await waitFor(
      async () => ((await executeServerCommand('api-mail')) as { recipient: string }[]).some((m) => m.recipient === address),
      'confirmation mail relayed from the outbox',
      { interval: 200 },
    );
    await expect(el).to.be.accessible();
  });

  it('gives feedback bound to a section, shown in that section’s thread', async () => {
    const el = await thread();
    await el.openFeedback('formaal');
    const f = mainForm(el);
    expect(el.shadowRoot!.activeElement).to.equal(f.text);
    expect(f.form.textContent).to.contain('Feedback på »Formål«');
    const comment = await post(el, 'Anne', 'Formålet er meget klart beskrevet.');
    expect(comment.section).to.equal('formaal');
    expect($(el, `#c-${CSS.escape(comment.id)} [part="section-tag"]`)!.textContent).to.contain('Formål');

    const sectionThread = await fixture<CkCommentThread>(html`<ck-comment-thread case-id=${CASE} section="formaal"></ck-comment-thread>`);
    await waitFor(() => $(sectionThread, '[part="list"]'), 'section feedback loaded');
    expect(headingText(sectionThread)).to.match(/kommentar(er)? til »Formål«/);
    expect($(sectionThread, `#c-${CSS.escape(comment.id)}`)).to.not.equal(null);
    await expect(sectionThread).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><ck-comment-thread case-id="fremtidens-partnerskaber"></ck-comment-thread></div>`);
    const el = wrapper.querySelector('ck-comment-thread')!;
    await waitFor(() => $(el, '[part="empty"]'), 'loaded');
    expect(headingText(el)).to.equal('0 comments');
    expect($(el, '[part="submit"]')!.textContent!.trim()).to.equal('Post comment');
  });

  it('says in Danish that the comments could not load, with "Prøv igen"', async () => {
    await whileApiDown(async (base, restore) => {
      const el = await fixture<CkCommentThread>(html`<ck-comment-thread case-id=${CASE} api=${base}></ck-comment-thread>`);
      await waitFor(() => $(el, '[part="error"]'), 'error shown');
      expect($(el, '[part="error"]')!.textContent).to.contain('Kommentarerne kunne ikke hentes.');
      await expect(el).to.be.accessible();
      await restore();
      $(el, '[part="retry"]')!.click();
      await waitFor(() => $(el, '[part="list"], [part="empty"]'), 'loaded after retry');
    });
  });
});

describe('ck-comment-thread with pre-moderation (real API, COMMENT_MODERATION=pre)', () => {
  afterEach(() => localStorage.clear());

  it('shows the author the pending note, and the comment once a moderator publishes it', async function () {
    // The first use starts the second API process.
    this.timeout(180_000);
    const api = (await executeServerCommand('api-pre-url')) as string;
    let el = await thread(CASE, { api } as Partial<CkCommentThread>);
    const comment = await post(el, 'Karen', 'Venter på godkendelse');
    expect($(el, '[part="notice"]')!.textContent).to.contain('afventer godkendelse');
    const article = $(el, `#c-${CSS.escape(comment.id)}`)!;
    expect(article.getAttribute('part')).to.contain('comment-pending');
    expect(article.querySelector('[part="pending"]')!.textContent).to.equal('Din kommentar afventer godkendelse');
    await expect(el).to.be.accessible();

    // Another reader (no author token) does not see it.
    localStorage.removeItem('casekit:author-tokens');
    el.remove();
    el = await thread(CASE, { api } as Partial<CkCommentThread>);
    expect($(el, `#c-${CSS.escape(comment.id)}`)).to.equal(null);

    const result = (await executeServerCommand('api-moderate', {
      pre: true,
      method: 'POST',
      path: `/moderation/comments/${comment.id}/publish`,
    })) as { status: number };
    expect(result.status).to.equal(200);
    el.remove();
    // A reader who comes later: a new page, so nothing of this page's shared cache.
    clientFor(api).invalidate('/cases/');
    el = await thread(CASE, { api } as Partial<CkCommentThread>);
    expect($(el, `#c-${CSS.escape(comment.id)} [part="pending"]`)).to.equal(null);
    expect($(el, `#c-${CSS.escape(comment.id)}`)).to.not.equal(null);
  });
});

describe('ck-case-detail with the interactive widgets (real API)', () => {
  afterEach(() => localStorage.clear());
  afterEach(() => setFault('none'));

  it('a failed comment load says so once on the case page, with one "Prøv igen" that reloads every thread', async () => {
    await import('../../src/elements/case-detail/register.js');
    const base = await faultBase();
    await setFault('500', { path: '/comments' });
    const detail = await fixture<HTMLElement>(html`<ck-case-detail api=${base} case-id="faellesskabsportraetter-holstebro"></ck-case-detail>`);
    const root = () => detail.shadowRoot!;
    await waitFor(() => root().querySelector('#formaal [part="feedback-button"]'), 'case loaded');
    await (detail as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete; // every part of the case
    const threads = [...root().querySelectorAll<CkCommentThread>('ck-comment-thread')];
    expect(threads.length).to.be.greaterThan(10);
    const main = root().querySelector<CkCommentThread>('ck-comment-thread[part="comments"]')!;
    await waitFor(() => $(main, '[part="error"]'), 'error shown');
    await Promise.all(threads.map((t) => t.updateComplete));
    const inAll = (selector: string) => threads.flatMap((t) => $$(t, selector));
    expect(inAll('[part="error"]')).to.have.length(1);
    expect(inAll('[part="retry"]')).to.have.length(1);
    expect(inAll('[role="status"] .ck-bar, [part="loading"]'), 'no thread still says "Henter …"').to.have.length(0);
    expect(headingText(main), 'no count before it is known').to.equal('Kommentarer');
    expect(threads.map((t) => t.shadowRoot!.textContent).join(' ')).to.not.contain('0 kommentarer');

    await setFault('none');
    const retry = $(main, '[part="retry"]')!;
    retry.focus();
    retry.click();
    await waitFor(() => $(main, '[part="list"], [part="empty"]'), 'loaded after retry');
    expect(headingText(main)).to.match(/^\d+ kommentar(er)?$/);
    await waitFor(() => main.shadowRoot!.activeElement, 'focus fell to <body> after "Prøv igen"');
    expect(main.shadowRoot!.activeElement!.getAttribute('part')).to.equal('base');
    expect(inAll('[part="error"]')).to.have.length(0);
  });

  it('"Annullér" on a section’s feedback form returns focus to its "Giv feedback"', async () => {
    await import('../../src/elements/case-detail/register.js');
    const detail = await fixture<HTMLElement>(html`<ck-case-detail case-id="fremtidens-partnerskaber"></ck-case-detail>`);
    const root = () => detail.shadowRoot!;
    const button = await waitFor(() => root().querySelector<HTMLButtonElement>('[part="feedback-button"]'), 'case loaded').then(
      () => root().querySelector<HTMLButtonElement>('[part="feedback-button"]')!,
    );
    const section = button.closest('section')!.id;
    button.focus();
    button.click();
    const sectionThread = root().querySelector<CkCommentThread>(`#${section} ck-comment-thread`)!;
    await waitFor(() => sectionThread.shadowRoot!.activeElement?.localName === 'textarea', 'focus in the form');
    $(sectionThread, '[part="cancel"]')!.click();
    await sectionThread.updateComplete;
    expect($(sectionThread, 'form'), 'the form is closed').to.equal(null);
    expect(root().activeElement).to.equal(button);
  });

  it('offers "Giv feedback" per section, opens the form bound to it, shows the feedback beside it, and the readers’ votes in the self-assessment', async () => {
    await import('../../src/elements/case-detail/register.js');
    const detail = await fixture<HTMLElement>(html`<ck-case-detail case-id="faellesskabsportraetter-holstebro"></ck-case-detail>`);
    const root = () => detail.shadowRoot!;
    await waitFor(() => root().querySelector('#formaal [part="feedback-button"]'), 'case loaded');
    await (detail as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete; // every part of the case
    const ratings = [...root().querySelectorAll('#vurdering ck-rating-scale')];
    expect(ratings.map((r) => r.getAttribute('question'))).to.deep.equal(['formaal', 'implementering']);

    root().querySelector<HTMLButtonElement>('#formaal [part="feedback-button"]')!.click();
    const sectionThread = root().querySelector<CkCommentThread>('#formaal ck-comment-thread')!;
    await waitFor(() => sectionThread.shadowRoot?.activeElement?.localName === 'textarea', 'focus in the section form');
    expect(sectionThread.shadowRoot!.textContent).to.contain('Feedback på »Formål«');
    const comment = await post(sectionThread, 'Ida', 'Formålet kunne være mere målbart.');
    expect(comment.section).to.equal('formaal');
    expect($(sectionThread, `#c-${CSS.escape(comment.id)}`)).to.not.equal(null);
    const endThread = root().querySelector<CkCommentThread>('ck-comment-thread[part="comments"]')!;
    expect(endThread.section).to.equal(undefined);
    await expect(detail).to.be.accessible();
  });
});
