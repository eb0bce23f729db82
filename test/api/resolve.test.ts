import { expect } from '@open-wc/testing';
import { DEFAULT_API_KEY, defaultApiBase, setDefaultApiBase } from '../../src/api/page-default.js';
import { resolveApiBase } from '../../src/api/resolve.js';
import { apiBase } from './helpers.js';

type Slot = { [DEFAULT_API_KEY]?: string };

/** Runs `body` with the page default taken away, and puts the test server's back after. */
function withoutPageDefault(body: () => void): void {
  const saved = defaultApiBase();
  (globalThis as Slot)[DEFAULT_API_KEY] = undefined;
  try {
    body();
  } finally {
    (globalThis as Slot)[DEFAULT_API_KEY] = saved;
  }
}

/** Adds markup a CMS page may hold (another vendor's tag, body content) for the length of `body`. */
function withMarkup(markup: string, body: () => void): void {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const nodes = [...holder.childNodes];
  document.head.append(...nodes.filter((n) => n.nodeName === 'SCRIPT'));
  document.body.append(...nodes.filter((n) => n.nodeName !== 'SCRIPT'));
  try {
    body();
  } finally {
    for (const node of nodes) node.parentNode?.removeChild(node);
  }
}

describe('resolveApiBase', () => {
  it('prefers the element\'s own api attribute', () => {
    expect(resolveApiBase('https://cases.example.dk/api/v1/')).to.equal('https://cases.example.dk/api/v1');
  });

  it('then the page default that Casekit\'s own script tag (or the page\'s code) set', () => {
    expect(resolveApiBase()).to.equal(apiBase());
    expect(resolveApiBase('  ')).to.equal(apiBase());
  });

  it('then the same origin\'s /api/v1', () => {
    withoutPageDefault(() => expect(resolveApiBase()).to.equal(`${location.origin}/api/v1`));
  });

  it('never takes the address from another vendor\'s <script data-api> or a <meta> in body content', () => {
    const hostile = `<script type="text/plain" data-api="https://vendor.example.com/collect"></script>
      <meta name="casekit-api" content="https://evil.example.com/api/v1">`;
    withMarkup(hostile, () => {
      expect(resolveApiBase()).to.equal(apiBase());
      withoutPageDefault(() => expect(resolveApiBase()).to.equal(`${location.origin}/api/v1`));
    });
  });

  it('keeps the first page default: a second copy of Casekit cannot move widgets to another server', () => {
    setDefaultApiBase('https://second-copy.example.dk/api/v1');
    expect(resolveApiBase()).to.equal(apiBase());
  });

  it('resolves relative values against the page', () => {
    expect(resolveApiBase('/kommune/api/v1')).to.equal(`${location.origin}/kommune/api/v1`);
    withoutPageDefault(() => {
      setDefaultApiBase('/kommune/api/v1/');
      expect(resolveApiBase()).to.equal(`${location.origin}/kommune/api/v1`);
    });
  });
});
