import { expect } from '@open-wc/testing';
import { addAuthorToken, authorTokens, forgetAuthorTokens, readStored, removeStored, voteToken, writeStored } from '../../src/internal/device-storage.js';

describe('device storage', () => {
  afterEach(() => localStorage.clear());

  it('creates a vote token only when asked to, and keeps it', () => {
    expect(voteToken('case-a', false)).to.equal(undefined);
    expect(localStorage.length).to.equal(0);
    const token = voteToken('case-a', true)!;
    expect(token).to.match(/^[0-9a-f-]{36}$/);
    expect(voteToken('case-a', false)).to.equal(token);
    expect(document.cookie).to.equal('');
  });

  it('keeps one vote token per case, so votes on two cases cannot be linked', () => {
    const first = voteToken('case-a', true)!;
    expect(voteToken('case-b', false)).to.equal(undefined);
    const second = voteToken('case-b', true)!;
    expect(second).to.not.equal(first);
    expect(voteToken('case-a', false)).to.equal(first);
  });

  it('keeps author tokens per case, at most 50, newest last, and forgets them once the comment is decided', () => {
    for (let i = 0; i < 55; i++) addAuthorToken(i % 2 ? 'case-a' : 'case-b', `c${i}`, `t${i}`);
    addAuthorToken('case-a', 'c11', 't11');
    const tokens = authorTokens('case-a');
    expect(tokens).to.have.length(25);
    expect(tokens[tokens.length - 1]).to.equal('t11');
    expect(authorTokens('case-b')).to.have.length(25);
    expect(authorTokens('case-c')).to.deep.equal([]);
    forgetAuthorTokens(['c11', 'c13']);
    expect(authorTokens('case-a')).to.have.length(23);
    expect(authorTokens('case-a')).to.not.include('t11');
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
      expect(voteToken('case-a', true)).to.match(/^[0-9a-f-]{36}$/);
      expect(() => removeStored('x')).to.not.throw();
    } finally {
      Storage.prototype.setItem = original;
      Storage.prototype.getItem = originalGet;
    }
  });

  it('ignores stored values it cannot parse', () => {
    localStorage.setItem('casekit:draft', '{broken');
    expect(readStored('draft')).to.equal(undefined);
    localStorage.setItem('casekit:vote-tokens', '{"case-a": "<script>"}');
    expect(voteToken('case-a', false)).to.equal(undefined);
    localStorage.setItem('casekit:author-tokens', '["an old bare token", {"caseId": 1}]');
    expect(authorTokens('case-a')).to.deep.equal([]);
  });
});
