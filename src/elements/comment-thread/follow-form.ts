import { html, nothing } from 'lit';
import { followCase } from '../../api/community.js';
import { ApiError } from '../../api/error.js';
import { errorReason } from '../../api/load-error.js';
import { honeypot, isEmail, revealInvalid, serverFieldErrors, textField } from '../../internal/form-field.js';
import type { CkCommentThread } from './comment-thread.js';
import { renderFollowButton, renderFollowStatus } from './follow-button.js';

/**
 * "Følg denne case": an e-mail address, then "Tjek din e-mail for at bekræfte".
 * Nothing is stored on the device; the address goes to the server only.
 */
export class FollowForm {
  open = false;
  private email = '';
  private website = '';
  private error = '';
  private formError = '';
  private sending = false;
  private done = false;

  constructor(private readonly host: CkCommentThread) {}

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const terms = this.host.terms;
    this.formError = '';
    const email = this.email.trim();
    this.error = !email ? terms.required(terms.followEmail) : isEmail(email) ? '' : terms.badEmail;
    if (this.error) {
      await revealInvalid(this.host);
      return;
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      await followCase(this.host.client, this.host.caseId, email, this.website, this.host.uiLang);
      this.done = true;
      this.sending = false;
      // The form (and the focused button) goes away: focus the confirmation, written into the status
      // region that has been on the page all along (a region added with its text is often not announced).
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[part="follow-done"]')?.focus();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.error = serverFieldErrors(error).email ?? '';
      this.formError = terms.followFailed(error.kind === 'http' && error.detail && error.status !== 429 ? error.detail : errorReason(error, this.host.uiLang));
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  render() {
    const terms = this.host.terms;
    const status = renderFollowStatus(this.done && html`${terms.followDone}<br /><span class="done-text">${terms.followDoneText}</span>`);
    return html`${this.done ? nothing : this.renderForm()}${status}`;
  }

  private renderForm() {
    const terms = this.host.terms;
    const button = renderFollowButton(terms.follow, this.open, this.toggle);
    if (!this.open) return button;
    return html`${button}
      <form id="follow-form" part="follow-form" class="follow-form" novalidate @submit=${(e: Event) => this.submit(e)}>
        <p class="hint">${terms.followIntro}</p>
        <div role="alert">${this.formError ? html`<p class="form-error">${this.formError}</p>` : nothing}</div>
        ${textField({ id: 'follow-email', label: terms.followEmail, type: 'email', value: this.email, required: true, autocomplete: 'email', maxlength: 200, error: this.error, onInput: (v) => {
          this.email = v;
          this.host.requestUpdate();
        } })}
        ${honeypot('follow-website', terms.website, this.website, (v) => (this.website = v))}
        <button type="submit" part="follow-submit" class="ck-button" aria-disabled=${this.sending ? 'true' : 'false'}>${terms.followSubmit}</button>
      </form>`;
  }

  /** Opens or closes the form; open, its e-mail field has focus. */
  readonly toggle = async (): Promise<void> => {
    this.open = !this.open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.open) this.host.renderRoot.querySelector<HTMLElement>('#follow-email')?.focus();
  };
}
