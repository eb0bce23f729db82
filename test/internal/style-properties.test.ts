import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProperties } from '../../src/internal/style-properties.js';

describe('styleProperties', () => {
  it('sets and updates inline style through the CSSOM', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`<span ${styleProperties({ width: '40%', '--ck-share': '0.4' })}></span>`, host);
    const span = host.querySelector('span')!;
    expect(span.style.width).to.equal('40%');
    expect(span.style.getPropertyValue('--ck-share')).to.equal('0.4');
    render(html`<span ${styleProperties({ width: '75%', '--ck-share': '0.75' })}></span>`, host);
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
