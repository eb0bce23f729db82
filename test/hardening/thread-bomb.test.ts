import { expect, fixture, html } from '@open-wc/testing';
import { clickForMore, waitFor } from '../harness/wait-for.js';
import '../../src/index.js';
import type { Comment } from '../../src/api/types.js';
import { plainCase, postComments, publishCase, rejectCases } from './api-cases.js';

/**
 * Issue #13, item 3, in Chromium against the real API: a reply chain far deeper than a thread
 * may go, and a long thread. The case page must render (no "Maximum call stack size exceeded"),
 * threads stay 6 levels deep, and every comment can be reached with "Vis flere".
 */
const CHAIN = 80;
const LONG = 130;

const comments = (root: Element): HTMLElement[] => [...root.shadowRoot!.querySelectorAll<HTMLElement>('[part~="comment"]')];

/** How many `[part="replies"]` lists hold the deepest comment shown. */
function deepestNesting(root: ShadowRoot): number {
  let deepest = 0;
  for (const article of root.querySelectorAll('[part~="comment"]')) {
    let depth = 0;
    for (let el: Element | null = article; el; el = el.parentElement) if (el.matches('[part="replies"]')) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('thread bombs (real API)', function () {
  this.timeout(180_000);
  let deepCase = '';
  let longCase = '';
  let chain: Comment[] = [];
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(async function () {
    this.timeout(180_000);
    deepCase = await publishCase(plainCase('Trådbombe: en dyb kæde'));
    chain = await postComments(deepCase, Array.from({ length: CHAIN }, (_, i) => ({ authorName: `Led ${i}`, text: `Svar nummer ${i}`, ...(i ? { replyTo: i - 1 } : {}) })));
    longCase = await publishCase(plainCase('Trådbombe: en lang tråd'));
    await postComments(longCase, Array.from({ length: LONG }, (_, i) => ({ authorName: `Gæst ${i}`, text: `Indlæg nummer ${i}` })));
    window.addEventListener('error', onError);
  });

  after(async () => {
    window.removeEventListener('error', onError);
    await rejectCases([deepCase, longCase]);
  });

  it('the API placed the chain at most 6 levels deep', () => {
    const depthOf = new Map<string, number>();
    for (const c of chain) depthOf.set(c.id, c.parentId ? depthOf.get(c.parentId)! + 1 : 0);
    expect(Math.max(...depthOf.values())).to.equal(6);
  });

  it('ck-case-detail renders the deep chain 6 levels deep, and "Vis flere svar" reaches every reply', async () => {
    const el = await fixture(html`<ck-case-detail case-id=${deepCase}></ck-case-detail>`);
    await waitFor(() => el.shadowRoot?.querySelector('ck-comment-thread[part="comments"]'), 'the thread');
    const thread = el.shadowRoot!.querySelector('ck-comment-thread[part="comments"]')!;
    await waitFor(() => comments(thread).length > 0, 'comments shown');
    expect(thread.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain(`${CHAIN} kommentarer`);
    expect(deepestNesting(thread.shadowRoot!)).to.equal(6);
    expect(comments(thread).length).to.be.below(CHAIN);
    await clickForMore(() => thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more-replies"]'), () => comments(thread).length, CHAIN, 'every reply after "Vis flere svar"');
    expect(comments(thread).length).to.equal(CHAIN);
    expect(thread.shadowRoot!.querySelector('[part="show-more-replies"]')).to.equal(null);
    expect(deepestNesting(thread.shadowRoot!)).to.equal(6);
    expect(errors).to.deep.equal([]);
    await expect(thread).to.be.accessible();
  });

  it('ck-comment-thread shows a long thread a page at a time with "Vis flere kommentarer"', async () => {
    const el = await fixture(html`<ck-comment-thread case-id=${longCase} page-size="20"></ck-comment-thread>`);
    await waitFor(() => comments(el).length === 20, 'the first page');
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain(`${LONG} kommentarer`);
    await clickForMore(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]'), () => comments(el).length, LONG, 'every comment, a page at a time');
    expect(comments(el).length).to.equal(LONG);
    expect(el.shadowRoot!.querySelector('[part="show-more"]')).to.equal(null);
    expect(new Set(comments(el).map((c) => c.id)).size).to.equal(LONG);
    expect(errors).to.deep.equal([]);
  });
});
