import { html, nothing } from 'lit';
import { LIMITS } from '../../../contract/index.js';
import { postComment } from '../../api/community.js';
import { ApiError } from '../../api/error.js';
import { errorReason } from '../../api/load-error.js';
import type { CaseSection, CommentPostResponse } from '../../api/types.js';
import { addAuthorToken, readStored, removeStored, writeStored } from '../../internal/device-storage.js';
import { honeypot, revealInvalid, isEmail, serverFieldErrors, textField } from '../../internal/form-field.js';
import type { CkCommentThread } from './comment-thread.js';

export const MAX_TEXT = LIMITS.comment.text;

interface Draft {
  authorName: string;
  email: string;
  text: string;
}

type Field = keyof Draft;

let formCount = 0;

/**
 * One comment form (the thread's, a reply's or a section's feedback) with its
 * draft: what the reader types is kept on the device under a key per case,
 * section and parent, restored on reload, and removed once posted. A failed
 * post keeps the text and says why, at the field when the server names one.
 */
export class CommentForm {
  private draft: Draft;
  private website = '';
  private errors: Partial<Record<Field, string>> = {};
  private formError = '';
  private sending = false;
  readonly restored: boolean;
  private readonly idPrefix = `cf${++formCount}`;

  constructor(
    private readonly host: CkCommentThread,
    readonly caseId: string,
    readonly parentId: string | null,
    readonly section: CaseSection | null,
  ) {
    const stored = readStored<Partial<Draft>>(this.storageKey);
    this.restored = Boolean(stored?.text || stored?.authorName);
    this.draft = {
      authorName: typeof stored?.authorName === 'string' ? stored.authorName : '',
      email: typeof stored?.email === 'string' ? stored.email : '',
      text: typeof stored?.text === 'string' ? stored.text : '',
    };
  }

  /** `draft:comment:<case>:<section or ->:<parent or ->`. */
  get storageKey(): string {
    return `draft:comment:${this.caseId}:${this.section ?? '-'}:${this.parentId ?? '-'}`;
  }

  get textareaId(): string {
    return `${this.idPrefix}-text`;
  }

  private update(field: Field, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    // The reader is typing: from here on the draft is kept on the device.
    if (this.draft.text || this.draft.authorName || this.draft.email) writeStored(this.storageKey, this.draft);
    else removeStored(this.storageKey);
    this.host.requestUpdate();
  }

  private validate(): boolean {
    const terms = this.host.terms;
    const errors: Partial<Record<Field, string>> = {};
    if (!this.draft.authorName.trim()) errors.authorName = terms.required(terms.name);
    if (this.draft.email.trim() && !isEmail(this.draft.email.trim())) errors.email = terms.badEmail;
    if (!this.draft.text.trim()) errors.text = terms.required(terms.text);
    else if (this.draft.text.length > MAX_TEXT) errors.text = terms.tooLong(MAX_TEXT);
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.formError = '';
    if (!this.validate()) {
      this.formError = this.host.terms.fixFields;
      await revealInvalid(this.host);
      return;
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      const response = await postComment(
        this.host.client,
        this.caseId,
        {
          authorName: this.draft.authorName.trim(),
          email: this.draft.email.trim(),
          text: this.draft.text,
          parentId: this.parentId,
          section: this.section,
          ...(this.website ? { website: this.website } : {}),
        },
        this.host.uiLang,
      );
      this.posted(response);
    } catch (error) {
      await this.failed(error);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private posted(response: CommentPostResponse): void {
    addAuthorToken(this.caseId, response.comment.id, response.authorToken);
    removeStored(this.storageKey);
    this.draft = { authorName: this.draft.authorName, email: this.draft.email, text: '' };
    this.host.commentPosted(this, response);
  }

  private async failed(error: unknown): Promise<void> {
    const terms = this.host.terms;
    if (!(error instanceof ApiError)) throw error;
    if (error.kind === 'network' || error.kind === 'timeout') this.formError = terms.postNetwork;
    else if (error.status === 429) this.formError = terms.postTooMany(error.retryAfter);
    else if (error.errors.length) {
      const fields = serverFieldErrors(error);
      this.errors = { authorName: fields.authorName, email: fields.email, text: fields.text };
      this.formError = terms.fixFields;
    } else this.formError = terms.postFailed(error.detail ?? errorReason(error, this.host.uiLang));
    this.sending = false;
    if (!(await revealInvalid(this.host))) this.host.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-text`)?.focus();
  }

  render(legend: unknown, onCancel?: () => void) {
    const terms = this.host.terms;
    const id = this.idPrefix;
    const e = this.errors;
    return html`<form part="comment-form" class="comment-form" novalidate @submit=${(ev: Event) => this.submit(ev)} aria-labelledby=${`${id}-legend`}>
      <div class="form-title" id=${`${id}-legend`}>${legend}</div>
      ${this.restored && this.draft.text ? html`<p class="hint">${terms.draftRestored}</p>` : nothing}
      <div role="alert">${this.formError ? html`<p class="form-error" part="form-error">${this.formError}</p>` : nothing}</div>
      ${textField({ id: `${id}-name`, label: terms.name, value: this.draft.authorName, required: true, maxlength: LIMITS.comment.authorName, autocomplete: 'name', error: e.authorName, onInput: (v) => this.update('authorName', v) })}
      ${textField({ id: `${id}-email`, label: terms.email, type: 'email', value: this.draft.email, maxlength: 200, autocomplete: 'email', hint: terms.emailHint, error: e.email, onInput: (v) => this.update('email', v) })}
      ${textField({ id: `${id}-text`, label: terms.text, multiline: true, value: this.draft.text, required: true, maxlength: MAX_TEXT, error: e.text, after: terms.counter(this.draft.text.length, MAX_TEXT), onInput: (v) => this.update('text', v) })}
      ${honeypot(`${id}-website`, terms.website, this.website, (v) => (this.website = v))}
      <div class="actions">
        <button type="submit" part="submit" class="ck-button" aria-disabled=${this.sending ? 'true' : 'false'}>${this.sending ? terms.posting : terms.post}</button>
        ${onCancel ? html`<button type="button" part="cancel" class="link-button" @click=${onCancel}>${terms.cancel}</button>` : nothing}
      </div>
    </form>`;
  }
}
