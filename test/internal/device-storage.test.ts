import { expect } from '@open-wc/testing';
import { addAuthorToken, authorTokens, readStored, removeStored, voteToken, writeStored } from '../../src/internal/device-storage.js';

describe('device storage', () => {
  afterEach(() => localStorage.clear());

  it('creates a vote token only when asked to, and keeps it', () => {
    expect(voteToken(false)).to.equal(undefined);
    expect(localStorage.length).to.equal(0);
    const token = voteToken(true)!;
    expect(token).to.match(/^[0-9a-f-]{36}$/);
    expect(voteToken(false)).to.equal(token);
    expect(document.cookie).to.equal('');
  });

  it('keeps at most 50 author tokens, newest last, without duplicates', () => {
    for (let i = 0; i < 55; i++) addAuthorToken(`t${i}`);
    addAuthorToken('t10');
    const tokens = authorTokens();
    expect(tokens).to.have.length(50);
    expect(tokens[tokens.length - 1]).to.equal('t10');
  });

  it('survives storage that throws (private mode, full quota)', () => {
    const original = Storage.prototype.setItem;
    const originalGet = Storage.prototype.getItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(writeStored('x', { a: 1 })).to.equal(false);
      expect(readStored('x')).to.equal(undefined);
      expect(voteToken(true)).to.match(/^[0-9a-f-]{36}$/);
      expect(() => removeStored('x')).to.not.throw();
    } finally {
      Storage.prototype.setItem = original;
      Storage.prototype.getItem = originalGet;
    }
  });

  it('ignores stored values it cannot parse', () => {
    localStorage.setItem('casekit:draft', '{broken');
    expect(readStored('draft')).to.equal(undefined);
    localStorage.setItem('casekit:vote-token', '"<script>"');
    expect(voteToken(false)).to.equal(undefined);
  });
});
