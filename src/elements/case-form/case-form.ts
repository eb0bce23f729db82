import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { ApiController } from '../../api/api-controller.js';
import { LoadController } from '../../api/load-controller.js';
import { submitCase } from '../../api/community.js';
import { ApiError } from '../../api/error.js';
import { errorReason } from '../../api/load-error.js';
import { loadStateStyles } from '../../api/load-state.js';
import type { CaseSearchResult, NewCaseResponse } from '../../api/types.js';
import { CkElement } from '../../internal/ck-element.js';
import { readStored, removeStored, writeStored } from '../../internal/device-storage.js';
import { honeypot, isEmail, revealInvalid, serverFieldErrors, textField } from '../../internal/form-field.js';
import { formFieldStyles } from '../../internal/form-field.styles.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { FormatController } from '../../i18n/formatting.js';
import { baseStyles } from '../../styles/base.styles.js';
import '../rating-scale/register.js';
import { formatEconomyBracket } from '../case-card/case-format.js';
import { ALL_FIELDS, CASE_FORM_SECTIONS, chosenOf, toNewCase, type CaseField } from './case-fields.js';
import { vocabularyChoice, vocabularyChoiceStyles } from './vocabulary-choice.js';
import { caseFormTerms } from './case-form.terms.js';

declare module '../../internal/ck-element.js' {
  interface CkEventMap {
    'ck-case-submitted': NewCaseResponse;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-case-submitted': CustomEvent<NewCaseResponse>;
  }
}

const DRAFT_KEY = 'draft:case-form';

/**
 * "Tilføj en case fra din kommune": a municipality submits a new case for
 * moderation. The fields a case has, in sections as on the case page, with the
 * contact person; required fields and formats (e-mail, phone, link) are
 * checked before sending, messages are shown at the field and focus moves to
 * the first; the server's field errors land at their fields too. What is typed
 * is kept on the device as a draft until the case is received.
 *
 * @tagname ck-case-form
 * @summary Submit a new case: sectioned form with contact person, checks, draft, "modtaget — afventer godkendelse".
 *
 * @fires ck-case-submitted - The case was received; `detail` holds `{ id, status }` (status "pending").
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart section - One fieldset of the form.
 * @csspart legend - A fieldset's legend.
 * @csspart field - A field (label, input, messages).
 * @csspart input - A text input, textarea or select.
 * @csspart field-error - The message at a field.
 * @csspart form-error - The message above the form after a failed send.
 * @csspart submit - "Send casen".
 * @csspart success - "Tak! Din case er modtaget og afventer godkendelse".
 *
 * @cssprop --ck-case-form-section-gap - Space between the fieldsets (default 1.5rem).
 */
export class CkCaseForm extends CkElement {
  static override styles = [baseStyles, loadStateStyles, formFieldStyles, vocabularyChoiceStyles, css`
    .heading { margin: 0 0 0.5em; font-size: 1.5em; font-weight: 700; line-height: 1.25; }
    fieldset { margin: 0 0 var(--ck-case-form-section-gap, 1.5rem); padding: var(--ck-space, 1rem); border: 1px solid var(--ck-color-border, #c8ccd0); border-radius: var(--ck-radius, 4px); min-width: 0; }
    legend { font-weight: 700; font-size: 1.15em; padding: 0 0.3em; }
    .ck-button { min-height: 44px; }
    .success:focus { outline: var(--ck-focus-ring, 3px solid #1a73e8); outline-offset: 2px; }
    ck-rating-scale { margin: 0 0 0.9em; }
    .required { color: var(--ck-color-danger, #b3261e); }
  `];

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    api: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    values: { attribute: false, state: true },
    errors: { attribute: false, state: true },
    formError: { attribute: false, state: true },
    sending: { attribute: false, state: true },
    received: { attribute: false, state: true },
    restored: { attribute: false, state: true },
  };

  /** The API base URL when not the page's or the provider's. */
  api?: string;

  /** The heading level (2–6) that fits the page's outline. */
  headingLevel = 2;

  private values: Record<string, string> = {};
  private errors: Record<string, string> = {};
  private formError = '';
  private sending = false;
  private received?: NewCaseResponse;
  private restored = false;
  private website = '';

  private readonly localize = new FormatController(this, caseFormTerms);
  private readonly apiController = new ApiController(this);
  /** The values in use (the facets of the published cases), to choose themes and target groups from. */
  private readonly vocabulary = new LoadController<CaseSearchResult>(this, {
    select: (client) => client.searchCases({ pageSize: 1 }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = readStored<Record<string, unknown>>(DRAFT_KEY);
    if (draft && typeof draft === 'object') {
      this.values = Object.fromEntries(Object.entries(draft).filter((e): e is [string, string] => typeof e[1] === 'string'));
      this.restored = Object.values(this.values).some(Boolean);
    }
  }

  private set(key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
    if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    if (Object.values(this.values).some(Boolean)) writeStored(DRAFT_KEY, this.values);
    else removeStored(DRAFT_KEY);
  }

  private check(field: CaseField, raw: string | undefined): string {
    const terms = this.localize.terms;
    const label = terms.fields[field.label];
    const value = (raw ?? '').trim();
    if (!value) return field.required ? (field.kind === 'select' ? terms.choose(label) : terms.required(label)) : '';
    if (field.minLength && value.length < field.minLength) return terms.tooShort(label, field.minLength);
    if (field.kind === 'email' && !isEmail(value)) return terms.badEmail;
    if (field.kind === 'tel' && !/^\+?[\d\s().-]+$/.test(value)) return terms.badPhone;
    if (field.kind === 'tel' && value.replace(/\D/g, '').length < 8) return terms.badPhone;
    if (field.kind === 'url' && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value)) return terms.badUrl;
    return '';
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const terms = this.localize.terms;
    const errors = Object.fromEntries(ALL_FIELDS.map((f) => [f.key, this.check(f, this.values[f.key])]).filter(([, m]) => m));
    this.errors = errors;
    this.formError = '';
    if (Object.keys(errors).length) {
      this.formError = terms.fixFields(Object.keys(errors).length);
      await revealInvalid(this);
      return;
    }
    this.sending = true;
    try {
      this.received = await submitCase(this.apiController.client, toNewCase(this.values, this.website), this.localize.lang);
      removeStored(DRAFT_KEY);
      this.values = {};
      this.restored = false;
      this.emit('ck-case-submitted', this.received);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.kind === 'network' || error.kind === 'timeout') this.formError = terms.network;
      else if (error.status === 429) this.formError = terms.tooMany(error.retryAfter);
      else if (error.errors.length) {
        this.errors = serverFieldErrors(error);
        const known = Object.keys(this.errors).filter((k) => ALL_FIELDS.some((f) => f.key === k));
        this.formError = known.length ? terms.fixFields(known.length) : terms.failed(error.detail ?? '');
      } else this.formError = terms.failed(error.detail ?? errorReason(error, this.localize.lang));
      this.sending = false;
      if (!(await revealInvalid(this))) this.renderRoot.querySelector<HTMLElement>('[part="form-error"]')?.focus();
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const terms = this.localize.terms;
    const level = clampHeadingLevel(this.headingLevel);
    if (this.received) {
      return html`<div part="base" class="root">
        ${heading(level, terms.heading)}
        <div part="success" class="form-success success" role="status" tabindex="-1">
          ${terms.success}<br /><span class="hint">${terms.successText}</span>
        </div>
        <button type="button" class="ck-button" @click=${() => (this.received = undefined)}>${terms.another}</button>
      </div>`;
    }
    return html`<div part="base" class="root">
      ${heading(level, terms.heading, 'heading', 'case-form-heading')}
      <p class="hint">${terms.intro}</p>
      ${this.restored ? html`<p class="hint">${terms.draftRestored}</p>` : nothing}
      <div role="alert">${this.formError ? html`<p part="form-error" class="form-error" tabindex="-1">${this.formError}</p>` : nothing}</div>
      <form part="form" novalidate aria-labelledby="case-form-heading" @submit=${this.submit}>
        ${CASE_FORM_SECTIONS.map(
          (section) => html`<fieldset part="section">
            <legend part="legend">${terms.sections[section.id]}</legend>
            ${section.fields.map((field) => this.renderField(field))}
          </fieldset>`,
        )}
        ${honeypot('case-website', terms.fields.website, this.website, (v) => (this.website = v))}
        <button type="submit" part="submit" class="ck-button" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? terms.sending : terms.submit}
        </button>
      </form>
    </div>`;
  }

  private renderField(field: CaseField) {
    const terms = this.localize.terms;
    const id = `f-${field.key.replace(/\./g, '-')}`;
    const label = terms.fields[field.label];
    const value = this.values[field.key] ?? '';
    const error = this.errors[field.key] || undefined;
    if (field.kind === 'rating') {
      return html`<ck-rating-scale
        id=${id}
        name=${field.key}
        label=${label}
        .value=${value}
        @change=${(e: Event) => this.set(field.key, (e.target as HTMLElement & { value: string }).value)}
      ></ck-rating-scale>`;
    }
    if (field.kind === 'select') {
      const locale = this.localize.locale;
      return html`<div class="field" part="field">
        <label for=${id} part="field-label">${label}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
        <select
          id=${id}
          part="input"
          ?required=${field.required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .value=${live(value)}
          @change=${(e: Event) => this.set(field.key, (e.target as HTMLSelectElement).value)}
        >
          ${field.options!.map(
            (o) => html`<option value=${o.value} ?selected=${o.value === value}>
              ${o.label ? terms.fields[o.label] : formatEconomyBracket(o.value, locale)}
            </option>`,
          )}
        </select>
        ${error ? html`<div class="field-error" part="field-error" id=${`${id}-error`}>${error}</div>` : nothing}
      </div>`;
    }
    if (field.kind === 'vocabulary') return this.renderVocabulary(field, id, label, error);
    return textField({
      id,
      label,
      value,
      type: field.kind === 'textarea' ? 'text' : field.kind,
      multiline: field.kind === 'textarea',
      required: field.required,
      maxlength: field.maxLength,
      autocomplete: field.autocomplete,
      hint: field.hint ? terms.fields[field.hint] : undefined,
      error,
      onInput: (v) => this.set(field.key, v),
    });
  }

  private renderVocabulary(field: CaseField, id: string, label: string, error: string | undefined) {
    const terms = this.localize.terms;
    const { facet, proposedKey, proposeLabel, hintKey } = field.vocabulary!;
    const status = this.vocabulary.status;
    const values = status === 'ready' || status === 'empty' ? (this.vocabulary.value?.facets[facet] ?? []).map((f) => f.value) : status === 'error' ? null : undefined;
    const chosen = chosenOf(this.values[field.key]);
    return vocabularyChoice({
      id: id.replace(/^f-/, 'v-'),
      proposeId: `f-${proposedKey}`,
      legend: label,
      hint: terms.fields[hintKey],
      values,
      chosen,
      onToggle: (value, checked) =>
        this.set(field.key, (checked ? [...chosen, value] : chosen.filter((c) => c !== value)).join('\n')),
      loading: terms.vocabularyLoading,
      unavailable: terms.vocabularyUnavailable,
      proposeLabel: terms.fields[proposeLabel],
      proposeHint: terms.fields.proposeHint,
      proposed: this.values[proposedKey] ?? '',
      onPropose: (text) => this.set(proposedKey, text),
      error: error || this.errors[proposedKey] || undefined,
    });
  }
}
