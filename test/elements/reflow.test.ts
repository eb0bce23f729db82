import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/case-list/register.js';
import type { CkCaseList } from '../../src/elements/case-list/case-list.js';
import { shadowSelector } from '../api/helpers.js';

/**
 * Reflow (WCAG 1.4.10) under a CMS stylesheet as hostile as real ones: a
 * global `* { box-sizing: content-box }` reset that matches every host, big
 * inherited text, letter-spacing and justified, upper-case text. At 320 CSS
 * pixels nothing may scroll sideways and nothing may cover anything else: a
 * tap on "Forrige" must hit "Forrige", not the last card above it.
 */
const HOSTILE_CMS = `
  * { margin: 0; padding: 0; box-sizing: content-box; letter-spacing: 0.03em; }
  html { font-size: 19px; }
  body { line-height: 1.9; text-align: justify; text-transform: uppercase; word-spacing: 0.1em; }
  ck-case-list, ck-case-card { padding: 0.5em; border: 3px solid #e2a400; }
`;

describe('reflow at 320 px under a hostile CMS stylesheet', () => {
  let style: HTMLStyleElement;
  before(async () => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CMS;
    document.head.append(style);
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    style.remove();
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname);
  });

  it('a case list fits the width, and its cards never cover the pager', async () => {
    const el = await fixture<CkCaseList>(html`<ck-case-list page-size="3"></ck-case-list>`);
    const pager = await shadowSelector(el, '[part~="pager"]');
    await el.updateComplete;
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);

    const cards = [...el.shadowRoot!.querySelectorAll('ck-case-card')];
    expect(cards).to.have.length(3);
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      expect(box.right, 'a card runs off the screen').to.be.at.most(320);
      const article = card.shadowRoot!.querySelector('article')!.getBoundingClientRect();
      expect(article.right - box.right, 'a card’s content overflows the card').to.be.at.most(0.5);
      expect(article.bottom - box.bottom).to.be.at.most(0.5);
    }
    const last = cards.at(-1)!.shadowRoot!.querySelector('article')!.getBoundingClientRect();
    expect(last.bottom, 'the last card reaches into the pager').to.be.at.most(pager.getBoundingClientRect().top + 0.5);

    for (const button of pager.querySelectorAll<HTMLButtonElement>('button')) {
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      expect(box.right).to.be.at.most(320);
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit, `a tap on "${button.textContent!.trim()}" hits it`).to.equal(button);
    }
  });
});
