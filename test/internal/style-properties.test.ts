import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProperties } from '../../src/internal/style-properties.js';

describe('styleProperties', () => {
  it('sets and updates inline style through the CSSOM', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const bar = (share: number) => html`<span ${styleProperties({ width: `${share * 100}%`, '--ck-share': String(share) })}></span>`;
    render(bar(0.4), host);
    const span = host.querySelector('span')!;
    expect(span.style.width).to.equal('40%');
    expect(span.style.getPropertyValue('--ck-share')).to.equal('0.4');
    render(bar(0.75), host);
    expect(host.querySelector('span')).to.equal(span);
    expect(span.style.width).to.equal('75%');
  });

  it('refuses to be used as an attribute value', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span title=${styleProperties({ width: '1px' })}></span>`, host)).to.throw(
      /goes on an element/,
    );
  });
});
