import type { PropertyDeclarations } from 'lit';
import { CkElement } from './ck-element.js';

/**
 * The base of Casekit's form controls, after Material Web's form-associated
 * behaviour and Web Awesome's form elements: the platform's `ElementInternals`
 * carry value, validity, reset, restore and disabled-by-fieldset, so a control
 * works inside a plain `<form>` with no script on the page.
 *
 * Subclasses call `syncFormValue()` when their value changes; it sets the form
 * value and asks `validityFor()` for the constraint to report. The custom state
 * `user-invalid` (`:state(user-invalid)`) is set once the reader has interacted
 * or tried to submit, like the native `:user-invalid`.
 */
export abstract class CkFormControl extends CkElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    formDisabled: { attribute: false, state: true },
    userInteracted: { attribute: false, state: true },
  };

  /** The name the value is submitted under. */
  name = '';

  /** Not editable, not submitted, skipped by keyboard focus. */
  disabled = false;

  /** Must have a value before the form submits. */
  required = false;

  /** Shown but not editable; still submitted, not validated. */
  readonly = false;

  /** Disabled by an ancestor `<fieldset disabled>`. */
  protected formDisabled = false;

  /** True once the reader changed the value or a submit found it invalid. */
  protected userInteracted = false;

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.userInteracted = true;
      this.updateUserInvalid();
    });
  }

  /** The value to submit (null submits nothing) and the state to restore. */
  protected abstract formValue(): string | null;

  /** The failing constraint and its message, or undefined when valid. */
  protected abstract validityFor(): { flags: ValidityStateFlags; message: string } | undefined;

  /** The element the browser points at when it reports the invalid value. */
  protected abstract validationAnchor(): HTMLElement | undefined;

  /** Called by `formResetCallback`: go back to the default value. */
  protected abstract resetValue(): void;

  /** Called by `formStateRestoreCallback` with what `formValue()` gave. */
  protected abstract restoreValue(state: string): void;

  protected syncFormValue(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const problem = this.readonly || this.isDisabled ? undefined : this.validityFor();
    const anchor = this.validationAnchor();
    if (problem && anchor) this.internals.setValidity(problem.flags, problem.message, anchor);
    else if (problem) this.internals.setValidity(problem.flags, problem.message);
    else this.internals.setValidity({});
    this.internals.ariaRequired = String(this.required);
    this.internals.ariaDisabled = String(this.isDisabled);
    this.internals.ariaReadOnly = String(this.readonly);
    this.updateUserInvalid();
  }

  private updateUserInvalid(): void {
    const invalid = this.userInteracted && !this.internals.validity.valid;
    try {
      if (invalid) this.internals.states.add('user-invalid');
      else this.internals.states.delete('user-invalid');
    } catch {
      // Browsers without CustomStateSet: the `aria-invalid` and the message still show.
    }
    this.internals.ariaInvalid = String(invalid);
  }

  protected get showsUserInvalid(): boolean {
    return this.userInteracted && !this.internals.validity.valid;
  }

  formResetCallback(): void {
    this.userInteracted = false;
    this.resetValue();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreValue(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
