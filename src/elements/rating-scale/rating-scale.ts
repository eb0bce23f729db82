import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { QUESTION_KEYS, QUESTIONS } from '../../../contract/index.js';
import type { AttributeCheck } from '../../internal/diagnostics.js';
import type { QuestionKey, RatingSummary } from '../../api/types.js';
import { CkFormControl } from '../../internal/form-associated.js';
import { RovingFocusController } from '../../internal/roving-focus.js';
import { ApiController } from '../../api/api-controller.js';
import { loadStateStyles, Reservation, reserveStyles } from '../../api/load-state.js';
import { LocalizeController, type Lang } from '../../i18n/localize.js';
import { baseStyles } from '../../styles/base.styles.js';
import { ratingScaleStyles } from './rating-scale.styles.js';
import { ratingScaleTerms } from './rating-scale.terms.js';
import { RatingBinding } from './rating-binding.js';
import { styleProperties } from '../../internal/style-properties.js';

/** A `question` attribute as an editor writes it ("formål", "Formaal") as the API's key, or undefined. */
export function questionKey(value: string | null | undefined): QuestionKey | undefined {
  const key = value?.trim().toLocaleLowerCase('da').replace(/å/g, 'aa');
  return QUESTION_KEYS.find((k) => k === key);
}

/** Detail of `ck-vote`: the reader's saved vote and the question's new summary. */
export interface VoteDetail {
  caseId: string;
  question: QuestionKey;
  value: number;
  summary: RatingSummary;
}

declare module '../../internal/ck-element.js' {
  interface CkEventMap {
    'ck-vote': VoteDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-vote': CustomEvent<VoteDetail>;
  }
}

/**
 * The 4-point self-assessment scale of the case format (Slet ikke · I mindre
 * grad · I nogen grad · I høj grad) with its question as the label.
 *
 * As input it is a WAI-ARIA radio group with one tab stop (arrows move and
 * select and wrap, Space selects, Home/End) and a form-associated control:
 * `name`, `value`, `required` ("Vælg et svar"), `disabled`, `readonly`, reset
 * and restore work inside a plain `<form>`. With `readonly` it is a display:
 * the case owner's answer highlighted and, when known, the readers'
 * distribution as bars with counts. With `case-id` and `question` it loads the
 * owner's answer and the distribution from the case API and records the
 * reader's vote (a random vote token is kept on the device from the first
 * vote on, never before).
 *
 * @tagname ck-rating-scale
 * @summary The 4-point self-assessment scale: a form-associated radio group, a read-only display, or a reader's vote on a case.
 *
 * @fires change - The reader chose another answer (`value` holds it).
 * @fires input - The reader chose another answer.
 * @fires ck-vote - A vote was saved on the server; `detail` holds `{ caseId, question, value, summary }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart label - The question.
 * @csspart description - The help text under the question.
 * @csspart options - The row of answers.
 * @csspart option - One answer (`role="radio"`); also `option-checked` when chosen.
 * @csspart error - The validity message ("Vælg et svar").
 * @csspart distribution - The list of answers with the readers' counts.
 * @csspart row - One answer in the distribution; also `row-owner` for the case owner's answer.
 * @csspart bar - The bar of one answer's share.
 * @csspart count - The count of one answer.
 * @csspart your-vote - "Din vurdering" beside the reader's own saved vote in the distribution.
 * @csspart status - Vote saving/saved/failed messages.
 *
 * @cssprop --ck-rating-scale-accent - Colour of the chosen answer and the owner's answer (default: `--ck-color-accent`).
 * @cssprop --ck-rating-scale-bar-color - Colour of the distribution bars (default: the accent).
 * @cssprop --ck-rating-scale-track-color - Colour behind the bars (default: `--ck-color-surface-alt`).
 * @cssprop --ck-rating-scale-owner-background - Background of the owner's answer row.
 */
export class CkRatingScale extends CkFormControl {
  static override styles = [baseStyles, loadStateStyles, reserveStyles('ck-rating-scale'), ratingScaleStyles];

  /** @internal */
  static override attributeChecks: Record<string, AttributeCheck> = {
    question: (value) =>
      questionKey(value) ? undefined : `is not a question of a case; write "formaal" (${QUESTIONS.formaal.da}) or "implementering" (${QUESTIONS.implementering.da})`,
  };
  static override shadowRootOptions: ShadowRootInit = { ...CkFormControl.shadowRootOptions, delegatesFocus: true };

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    label: {},
    description: {},
    defaultValue: { attribute: 'value' },
    labels: { attribute: false },
    caseId: { attribute: 'case-id' },
    question: { converter: { fromAttribute: (value: string | null) => questionKey(value) } },
    api: {},
    ownerAnswer: { attribute: 'owner-answer', type: Number },
    distribution: { attribute: false },
    currentValue: { attribute: false, state: true },
  };

  /** The question, e.g. "Er formålet opfyldt?". Bound to a case, the API's wording is used when this is empty. */
  label = '';

  /** Help text under the question. */
  description = '';

  /** The default answer (1-based, as text: "1"–"4"); form reset returns to it. */
  defaultValue = '';

  /** The answers, in order, when not the standard four. Values are "1", "2", … by position. */
  labels?: string[];

  /** The case whose question this is; with `question` the element loads the owner's answer and the readers' votes. */
  caseId = '';

  /**
   * The self-assessment question of the case: `formaal` or `implementering`
   * (the natural spelling `formål` works too).
   */
  question?: QuestionKey;

  /** The API base URL (e.g. `https://cases.example.dk/api/v1`) when not the page's or the provider's. */
  api?: string;

  /** The case owner's answer (1-based) shown highlighted in read-only display, without the API. */
  ownerAnswer?: number;

  /** The readers' votes per answer, without the API. */
  distribution?: number[];

  private currentValue?: string;

  /** The answers as rendered (none before the first render). */
  private get radios(): ArrayLike<HTMLElement> & Iterable<HTMLElement> {
    return (this.renderRoot as ParentNode | undefined)?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [];
  }

  protected readonly localize = new LocalizeController(this, ratingScaleTerms);
  private readonly apiController = new ApiController(this);
  private readonly binding = new RatingBinding(this);
  private readonly reservation = new Reservation(this);

  private readonly roving = new RovingFocusController(this, {
    items: () => [...this.radios],
    activeIndex: () => Math.max(0, this.options.indexOf(this.value)),
    // Arrows select, as in a native radio group, but browsing is not voting: a bound scale casts the vote
    // when the reader settles (Space, Enter, leaving the scale, or a pause), never once per key.
    onMove: (index) => this.choose(String(index + 1), 'browse'),
  });

  /** The chosen answer ("1"–"4"), or "" when none. */
  get value(): string {
    return this.currentValue ?? this.defaultValue;
  }

  set value(value: string) {
    const old = this.value;
    this.currentValue = value == null ? '' : String(value);
    // At once, not after render: a `change` listener reading FormData, or `checkValidity()`, sees the new value.
    this.syncFormValue();
    this.requestUpdate('value', old);
  }

  /** The API client to use (the provider's, else the page's). @internal */
  get client() {
    return this.apiController.client;
  }

  /** @internal */
  get uiLang(): Lang {
    return this.localize.lang;
  }

  /** The current language's terms (for the binding's messages). @internal */
  get localizeTerms() {
    return this.localize.terms;
  }

  /** The answers' texts in the current language. @internal */
  get answerLabels(): string[] {
    return this.labels?.length ? this.labels : this.localize.terms.scale;
  }

  private get options(): string[] {
    return this.answerLabels.map((_, index) => String(index + 1));
  }

  /** Bound to a case and its question. @internal */
  get bound(): boolean {
    return Boolean(this.caseId && this.question);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.internals.role = 'radiogroup';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId') || changed.has('question') || changed.has('api')) this.binding.load();
    const summary = this.binding.summary;
    if (summary?.yourVote && this.currentValue === undefined && !this.readonly) this.currentValue = String(summary.yourVote);
    // Before render, so the message "Vælg et svar" clears in the same render as the answer.
    this.syncFormValue();
  }

  protected override updated(): void {
    // Again after render: the first render creates the radio the browser points at when reporting.
    this.syncFormValue();
    const label = this.label || this.binding.summary?.label || '';
    this.internals.role = this.readonly ? 'group' : 'radiogroup';
    this.internals.ariaLabel = label || null;
    this.internals.ariaDescription = this.description || null;
    if (this.readonly) {
      // A display, not an input: states that only a radio group may carry are left out.
      this.internals.ariaRequired = null;
      this.internals.ariaReadOnly = null;
      this.internals.ariaInvalid = null;
    }
  }

  protected formValue(): string | null {
    return this.value || null;
  }

  protected validityFor() {
    if (this.required && !this.value) {
      return { flags: { valueMissing: true }, message: this.localize.terms.chooseAnswer };
    }
    return undefined;
  }

  protected validationAnchor(): HTMLElement | undefined {
    return this.radios?.[0];
  }

  protected resetValue(): void {
    this.currentValue = undefined;
    this.syncFormValue();
  }

  protected restoreValue(state: string): void {
    this.currentValue = state;
    this.syncFormValue();
  }

  /**
   * The reader picked an answer. `settle` (a click, Space, Enter) is a deliberate
   * choice and, bound to a case, casts the vote now; `browse` (arrow keys) only
   * selects, and the vote waits until the reader settles.
   */
  private choose(value: string, how: 'settle' | 'browse' = 'settle'): void {
    if (this.isDisabled || this.readonly) return;
    if (value !== this.value) {
      this.userInteracted = true;
      this.value = value;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (this.bound) this.binding.vote(Number(value), how === 'settle');
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || this.readonly) return;
    if (event.key === ' ' || event.key === 'Enter') {
      const index = [...this.radios].indexOf(event.composedPath()[0] as HTMLElement);
      if (index < 0) return;
      event.preventDefault();
      // Enter submits the form, as in a native radio group (and casts a bound vote); Space selects.
      if (event.key === 'Enter') {
        if (this.bound) this.binding.commit();
        this.form?.requestSubmit();
      } else this.choose(String(index + 1));
      return;
    }
    this.roving.handleKeydown(event);
  }

  /** Leaving the scale is settling on the answer: a bound scale casts the vote it was waiting with. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    if (this.bound) this.binding.commit();
  }

  override render() {
    const terms = this.localize.terms;
    const label = this.label || this.binding.summary?.label || '';
    return html`
      <div part="base" class=${this.reservation.classFor(!this.bound ? 'idle' : this.binding.pending ? 'pending' : this.binding.state)}>
        ${label
          ? html`<div part="label" class="label" aria-hidden="true">${label}</div>`
          : this.bound && this.binding.pending
            ? // The question's label comes with the ratings: its line is held, so the answers do not move down.
              html`<div part="label" class="label" aria-hidden="true">&nbsp;</div>`
            : nothing}
        ${this.description
          ? html`<div part="description" class="description" aria-hidden="true">${this.description}</div>`
          : nothing}
        ${this.readonly ? nothing : this.renderRadios()}
        ${this.showsUserInvalid && !this.readonly
          ? html`<div part="error" class="error" id="error">${terms.chooseAnswer}</div>`
          : nothing}
        ${this.bound ? this.binding.render() : this.readonly ? this.renderDistribution(this.ownerAnswer ?? (Number(this.value) || null), this.distribution) : nothing}
      </div>
    `;
  }

  private renderRadios() {
    const disabled = this.isDisabled;
    return html`
      <div part="options" class="options" @keydown=${this.onKeydown} @focusout=${this.onFocusOut}>
        ${this.answerLabels.map((text, index) => {
          const value = String(index + 1);
          const checked = value === this.value;
          return html`<div
            role="radio"
            part=${checked ? 'option option-checked' : 'option'}
            class="option"
            aria-checked=${checked ? 'true' : 'false'}
            aria-disabled=${disabled ? 'true' : 'false'}
            aria-describedby=${this.showsUserInvalid ? 'error' : nothing}
            @click=${() => this.choose(value)}
          >
            <span class="dot" aria-hidden="true"></span><span>${text}</span>
          </div>`;
        })}
      </div>
    `;
  }

  /**
   * The answers as rows: the owner's highlighted, the readers' counts as bars, and the reader's own
   * saved vote marked as theirs — all readable as text.
   */
  renderDistribution(ownerAnswer: number | null, distribution: number[] | undefined, yourVote?: number | null) {
    const terms = this.localize.terms;
    const total = distribution?.reduce((sum, count) => sum + count, 0) ?? 0;
    return html`
      ${distribution ? html`<p class="readers">${total ? terms.readers(total) : terms.noReaders}</p>` : nothing}
      <ul part="distribution" class="distribution">
        ${this.answerLabels.map((text, index) => {
          const owner = ownerAnswer === index + 1;
          const yours = yourVote === index + 1;
          const count = distribution?.[index] ?? 0;
          const share = total ? Math.round((count / total) * 100) : 0;
          return html`<li part=${owner ? 'row row-owner' : 'row'} class=${owner ? 'row owner' : 'row'}>
            <span>${text} ${owner ? html`<span class="badge">${terms.ownerAnswer}</span>` : nothing}
              ${yours ? html`<span part="your-vote" class="badge yours">${terms.yourVote}</span>` : nothing}</span>
            ${distribution
              ? html`<span class="track" aria-hidden="true"><span part="bar" class="bar" ${styleProperties({ width: `${share}%` })}></span></span>
                  <span part="count" class="count">${terms.votes(count)}</span>`
              : nothing}
          </li>`;
        })}
      </ul>
    `;
  }
}
