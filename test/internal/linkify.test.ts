import { expect, fixture, html } from '@open-wc/testing';
import { linkifiedText, splitLinks } from '../../src/internal/linkify.js';

describe('linkify', () => {
  it('splits text and http(s) URLs, leaving sentence punctuation out of the link', () => {
    expect(splitLinks('Se https://holstebro.dk/abc. Og (http://x.dk/a_(b)) tak')).to.deep.equal([
      { text: 'Se ' },
      { url: 'https://holstebro.dk/abc' },
      { text: '. Og (' },
      { url: 'http://x.dk/a_(b)' },
      { text: ') tak' },
    ]);
  });

  it('links nothing but http(s)', () => {
    for (const text of ['javascript:alert(1)', 'ftp://x.dk', 'mailto:a@b.dk', 'data:text/html,<b>x</b>', 'www.holstebro.dk']) {
      expect(splitLinks(text), text).to.deep.equal([{ text }]);
    }
  });

  it('renders HTML as text, keeps line breaks and marks links nofollow ugc noopener', async () => {
    const el = await fixture<HTMLElement>(html`<p style="white-space: pre-line">${linkifiedText('<img src=x onerror=alert(1)>\nhttps://a.dk/"onmouseover="x')}</p>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('<img src=x onerror=alert(1)>\nhttps://a.dk/"onmouseover="x');
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://a.dk/');
    expect(link.rel).to.equal('nofollow ugc noopener');
    expect(link.attributes).to.have.length(2);
  });
});
