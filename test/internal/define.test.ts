import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  it('defines a free name, ignores the same class again, and warns once for another class', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('ck-define-probe', First);
      define('ck-define-probe', First);
      expect(() => define('ck-define-probe', Second)).not.to.throw();
      define('ck-define-probe', Second);
    } finally {
      console.warn = originalWarn;
    }
    expect(customElements.get('ck-define-probe')).to.equal(First);
    expect(warnings).to.have.length(1);
  });
});
