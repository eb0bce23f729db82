import { expect } from '@open-wc/testing';
import { resolveApiBase } from '../../src/api/resolve.js';
import { apiBase } from './helpers.js';

describe('resolveApiBase', () => {
  it('prefers the element\'s own api attribute', () => {
    expect(resolveApiBase('https://cases.example.dk/api/v1/')).to.equal('https://cases.example.dk/api/v1');
  });

  it('then data-api on the Casekit script tag, before the meta', () => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.api = 'https://script.example.dk/api/v1';
    document.head.append(script);
    try {
      expect(resolveApiBase()).to.equal('https://script.example.dk/api/v1');
      expect(resolveApiBase('  ')).to.equal('https://script.example.dk/api/v1');
    } finally {
      script.remove();
    }
  });

  it('then <meta name="casekit-api">', () => {
    expect(resolveApiBase()).to.equal(apiBase());
  });

  it('then the same origin\'s /api/v1', () => {
    const meta = document.querySelector('meta[name="casekit-api"]')!;
    meta.remove();
    try {
      expect(resolveApiBase()).to.equal(`${location.origin}/api/v1`);
    } finally {
      document.head.append(meta);
    }
  });

  it('resolves relative values against the page', () => {
    expect(resolveApiBase('/kommune/api/v1')).to.equal(`${location.origin}/kommune/api/v1`);
  });
});
