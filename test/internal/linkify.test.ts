import { expect, fixture, html } from '@open-wc/testing';
import { linkifiedText, splitLinks } from '../../src/internal/linkify.js';

describe('linkify', () => {
  it('splits text and http(s) URLs, leaving sentence punctuation out of the link', () => {
    expect(splitLinks('Se https://holstebro.dk/abc. Og (http://x.dk/a_(b)) tak')).to.deep.equal([
      { text: 'Se ' },
      { url: 'https://holstebro.dk/abc', shown: 'https://holstebro.dk/abc' },
      { text: '. Og (' },
      { url: 'http://x.dk/a_(b)', shown: 'http://x.dk/a_(b)' },
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

  it('links only where what a reader sees is where it goes', () => {
    // A user name before the host: the link would go to evil.example.
    expect(splitLinks('Log ind: https://www.holstebro.dk:443@evil.example/login')).to.deep.equal([
      { text: 'Log ind: https://www.holstebro.dk:443@evil.example/login' },
    ]);
    // Look-alike slashes make the host read as the kommune's.
    for (const slash of ['\u2215', '\u2044', '\uFF0F', '\u29F8']) {
      const text = `https://www.holstebro.dk${slash}login.evil.example/`;
      expect(splitLinks(text), text).to.deep.equal([{ text }]);
    }
    // A Cyrillic "а" in the host: linked, but shown as the browser looks it up.
    const [link] = splitLinks('https://www.holstebrо.dk/nemid');
    expect(link).to.deep.equal({ url: 'https://www.holstebrо.dk/nemid', shown: 'https://www.xn--holstebr-ubh.dk/nemid' });
    // A right-to-left override cannot make "…exe" read as "….pdf".
    expect(splitLinks('Se https://x.dk/faktura\u202Efdp.exe')).to.deep.equal([
      { text: 'Se ' },
      { url: 'https://x.dk/fakturafdp.exe', shown: 'https://x.dk/fakturafdp.exe' },
    ]);
  });
});
