import { expect } from '@open-wc/testing';
import '../../src/elements/case-detail/register.js';
import type { CkCaseDetail } from '../../src/elements/case-detail/case-detail.js';
import { EARLY_KEY, startEarlyRead } from '../../src/api/early.js';
import { freshBase, requestsExactly, waitFor } from './helpers.js';

/**
 * The loader starts a case's read while the element's code downloads (src/api/early.ts); here the
 * read is started the same way, and the element comes after its answer, as on a page where the
 * data is quicker than the code.
 */
describe('early reads', () => {
  it('a case whose early answer came before its element shows the case in its first render, and asks nothing again', async () => {
    const base = freshBase(); // a cold client: nothing cached for this base yet
    const id = 'faellesskabsportraetter-holstebro';
    const url = `${base}/cases/${id}`;
    const detail = document.createElement('ck-case-detail') as CkCaseDetail;
    detail.setAttribute('case-id', id);
    detail.setAttribute('api', base);
    startEarlyRead(detail, undefined);
    const reads = (globalThis as { [EARLY_KEY]?: Map<string, { value?: unknown }> })[EARLY_KEY]!;
    await waitFor(() => reads.get(url)?.value !== undefined, 'the early answer read');

    document.body.append(detail);
    try {
      // The shadow root exists once connected; its first render comes in a microtask after.
      const root = detail.shadowRoot!;
      const renders: string[] = [];
      const watch = new MutationObserver(() => renders.push(root.querySelector('[part~="header"]') ? 'the case' : 'its loading state'));
      watch.observe(root, { childList: true, subtree: true });
      await detail.updateComplete;
      await waitFor(() => renders.length, 'a render');
      watch.disconnect();
      expect(renders[0], 'the first render').to.equal('the case');
      expect(requestsExactly(url), 'the early read, and no other').to.equal(1);
      expect(reads.has(url), 'the answer is taken').to.equal(false);
    } finally {
      detail.remove();
    }
  });
});
