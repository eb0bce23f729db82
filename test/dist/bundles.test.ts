import { expect } from '@open-wc/testing';
import { waitFor } from '../harness/wait-for.js';
import { loadScript } from './load-script.js';

/**
 * What an editor pastes, next to what an older page already holds: the loader
 * beside an old all-in-one copy of Casekit (here: the sources, which define
 * every element with classes of their own). Run after `npm run build`.
 */

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('the loader next to an old all-in-one copy', () => {
  it('leaves the elements the old copy defined alone: no error, no warning, no second download', async () => {
    await import('../../src/index.js'); // the old copy, loaded first
    const oldBox = customElements.get('ck-contact-box');
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      document.body.innerHTML = `<ck-contact-box name="Maria Bisgaard Fabricius" phone="96114122"></ck-contact-box>`;
      await loadScript('/dist/casekit.iife.js');
      await loadScript('/dist/casekit.js', 'module');
      const el = document.querySelector<Lit>('ck-contact-box')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="phone"]')!.textContent).to.equal('96 11 41 22');
      document.body.insertAdjacentHTML('beforeend', '<ck-contact-box name="Ny" email="ny@holstebro.dk"></ck-contact-box>');
      const fresh = document.querySelectorAll<Lit>('ck-contact-box')[1]!;
      await waitFor(() => fresh.shadowRoot?.querySelector('[part~="email"]'), 'the new box renders');
      expect(fresh.shadowRoot!.querySelector('[part~="email"]')!.getAttribute('href')).to.equal('mailto:ny@holstebro.dk');
    } finally {
      console.warn = originalWarn;
    }
    expect(customElements.get('ck-contact-box')).to.equal(oldBox);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/elements/'))).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
  });
});
