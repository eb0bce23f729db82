import { expect, fixture, html } from '@open-wc/testing';
// Only the card: `<ck-case-api>` is defined in the middle of a test (a provider whose script comes later).
import '../../src/elements/case-card/register.js';
import type { CkCaseCard } from '../../src/elements/case-card/case-card.js';
import { faultBase, requestsTo, shadowSelector, waitFor } from './helpers.js';

const HOLSTEBRO = 'faellesskabsportraetter-holstebro';
const PUBLISHED = 'plads-til-naervaer-og-hjerte';

/** The client a widget reads through, as its API controller gives it. */
const baseOf = (card: CkCaseCard): string => (card as unknown as { load: { api: { client: { baseUrl: string } } } }).load.api.client.baseUrl;

describe('ApiController (the widgets’ side of the API context)', () => {
  it('a provider defined after its widgets still reaches them, and a widget taken out of it falls back to the page default', async () => {
    const provided = await faultBase();
    expect(customElements.get('ck-case-api'), 'this file must define ck-case-api itself').to.equal(undefined);
    const wrapper = await fixture(html`<div>
      <ck-case-api base-url=${provided}><ck-case-card case-id=${HOLSTEBRO}></ck-case-card></ck-case-api>
    </div>`);
    const card = wrapper.querySelector<CkCaseCard>('ck-case-card')!;
    const pageDefault = baseOf(card);
    expect(pageDefault).not.to.equal(provided);

    await import('../../src/elements/case-api/register.js');
    await waitFor(() => baseOf(card) === provided, 'the card to take the late provider’s client');
    // It loads through the provider's API (the fault server passes it to the real API).
    card.caseId = PUBLISHED;
    await waitFor(() => requestsTo(`${provided}/cases/${PUBLISHED}`) === 1, 'the read through the provider');
    await shadowSelector(card, 'article');

    // Out of the provider: the page default again, and the provider's later changes no longer reach it.
    const api = wrapper.querySelector('ck-case-api')!;
    wrapper.append(card);
    await card.updateComplete;
    expect(baseOf(card)).to.equal(pageDefault);
    api.setAttribute('base-url', `${provided}-other`);
    await (api as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(baseOf(card)).to.equal(pageDefault);
  });
});
