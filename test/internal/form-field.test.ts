import { expect, fixture, html } from '@open-wc/testing';
import { ApiError } from '../../src/api/error.js';
import { focusFirstInvalid, honeypot, isEmail, serverFieldErrors, textField } from '../../src/internal/form-field.js';

describe('form fields', () => {
  it('checks e-mail addresses like type="email"', () => {
    expect(['maria@holstebro.dk', 'a.b+c@sub.kommune.dk'].every(isEmail)).to.be.true;
    expect(['maria@', '@holstebro.dk', 'maria holstebro.dk', 'maria@holstebro'].some(isEmail)).to.be.false;
  });

  it('reads the server’s field errors by path without the body prefix', () => {
    const error = new ApiError('http', 'invalid', {
      status: 400,
      problem: { errors: [{ path: 'body.contacts.0.email', message: 'Ugyldig' }, { path: 'title', message: 'For kort' }, { path: 'title', message: 'Anden' }] },
    });
    expect(serverFieldErrors(error)).to.deep.equal({ 'contacts.0.email': 'Ugyldig', title: 'For kort' });
  });

  it('wires label, hint, error and aria-invalid, and focuses the first invalid field', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      ${textField({ id: 'a', label: 'Navn', value: '', required: true, hint: 'Dit navn', error: 'Udfyld navn.', onInput: () => undefined })}
      ${honeypot('hp', 'Hjemmeside', '', () => undefined)}
    </div>`);
    const input = el.querySelector('input#a')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('a-hint a-error');
    expect(focusFirstInvalid(el)).to.be.true;
    expect(document.activeElement).to.equal(input);
    const trap = el.querySelector<HTMLInputElement>('#hp')!;
    expect([trap.tabIndex, trap.autocomplete, trap.parentElement!.getAttribute('aria-hidden')]).to.deep.equal([-1, 'off', 'true']);
    await expect(el).to.be.accessible();
  });
});
