import { expect } from '@open-wc/testing';
import { phoneLink } from '../../src/internal/phone.js';

describe('phoneLink', () => {
  it('groups Danish numbers in pairs, however they were typed', () => {
    expect(phoneLink('96114122')).to.deep.equal({ href: 'tel:+4596114122', text: '96 11 41 22' });
    expect(phoneLink('2173 3735')).to.deep.equal({ href: 'tel:+4521733735', text: '21 73 37 35' });
    expect(phoneLink('0045 21 72 57 59')).to.deep.equal({ href: 'tel:+4521725759', text: '+45 21 72 57 59' });
  });

  it('keeps foreign numbers as written', () => {
    expect(phoneLink('+44 20 7946 0958')).to.deep.equal({ href: 'tel:+442079460958', text: '+44 20 7946 0958' });
  });

  it('gives nothing for a value without digits', () => {
    expect(phoneLink('')).to.equal(null);
    expect(phoneLink('ring til os')).to.equal(null);
  });
});
