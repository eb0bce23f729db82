import { expect } from '@open-wc/testing';
import { loadScript } from './load-script.js';

/**
 * What an editor pastes: the built bundles, loaded by plain script tags. Run
 * after `npm run build` (npm test builds first).
 */

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));

describe('built bundles', () => {
  it('the classic script and the ESM bundle load side by side without an error, warning once per element', async () => {
    document.body.innerHTML = `<ck-contact-box name="Maria Bisgaard Fabricius" phone="96114122"></ck-contact-box>`;
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await loadScript('/dist/casekit.iife.js');
      const el = document.querySelector('ck-contact-box')!;
      await customElements.whenDefined('ck-contact-box');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="phone"]')!.textContent).to.equal('96 11 41 22');
      await loadScript('/dist/casekit.js', 'module');
    } finally {
      console.warn = originalWarn;
    }
    expect(uncaught).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('<ck-contact-box>'))).to.have.length(1);
    document.body.innerHTML = `<ck-contact-box name="Ny" email="ny@holstebro.dk"></ck-contact-box>`;
    const fresh = document.querySelector('ck-contact-box')!;
    await (fresh as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(fresh.shadowRoot!.querySelector('[part~="email"]')!.getAttribute('href')).to.equal('mailto:ny@holstebro.dk');
  });

  it('the ESM bundle alone defines the elements', async () => {
    const module = (await import(/* @vite-ignore */ '/dist/casekit.js' as string)) as Record<string, unknown>;
    expect(module['CkContactBox']).to.be.a('function');
    expect(customElements.get('ck-contact-box')).to.exist;
  });
});
