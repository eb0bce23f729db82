import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingFocusController } from '../../src/internal/roving-focus.js';

class RovingTest extends LitElement {
  moved: number[] = [];
  roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button')],
    activeIndex: () => 1,
    onMove: (index) => this.moved.push(index),
  });

  override render() {
    return html`<div @keydown=${this.roving.handleKeydown}><button>a</button><button>b</button><button>c</button></div>`;
  }
}
customElements.define('roving-test', RovingTest);

describe('RovingFocusController', () => {
  it('keeps one tab stop and flips Left/Right in right-to-left text', async () => {
    const el = await fixture<RovingTest>(html`<roving-test dir="rtl"></roving-test>`);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    buttons[1]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[2]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    expect(el.moved).to.deep.equal([2, 1, 0]);
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
  });
});
