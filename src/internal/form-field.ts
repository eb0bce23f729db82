import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiError } from '../api/error.js';

export interface FieldOptions {
  /** Unique within the shadow root. */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url';
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  maxlength?: number;
  autocomplete?: string;
  /** Help text under the label. */
  hint?: unknown;
  /** The message shown at the field; makes it `aria-invalid`. */
  error?: string;
  /** Extra text under the field (a character counter), also part of the description. */
  after?: unknown;
}

/**
 * A labelled text field with its hint and its error, wired for screen readers:
 * `<label for>`, `aria-describedby` (hint, error, counter) and `aria-invalid`.
 * The value is bound with `live()` so a restored draft or a reset always shows.
 */
export function textField(o: FieldOptions) {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : '', o.after ? `${o.id}-after` : '']
    .filter(Boolean)
    .join(' ');
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field" part="field">
    <label for=${o.id} part="field-label">${o.label}${o.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
    ${o.hint ? html`<div class="hint" id=${`${o.id}-hint`}>${o.hint}</div>` : nothing}
    ${o.multiline
      ? html`<textarea
          id=${o.id}
          part="input"
          rows=${o.rows ?? 4}
          ?required=${o.required}
          maxlength=${o.maxlength ?? nothing}
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          .value=${live(o.value)}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${o.id}
          part="input"
          type=${o.type ?? 'text'}
          ?required=${o.required}
          maxlength=${o.maxlength ?? nothing}
          autocomplete=${o.autocomplete ?? nothing}
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          .value=${live(o.value)}
          @input=${onInput}
        />`}
    ${o.error ? html`<div class="field-error" part="field-error" id=${`${o.id}-error`}>${o.error}</div>` : nothing}
    ${o.after ? html`<div class="after" id=${`${o.id}-after`}>${o.after}</div>` : nothing}
  </div>`;
}

/**
 * The field only bots fill in. Hidden from people (off-screen) and from
 * assistive technology (`aria-hidden`), out of the tab order and the browser's
 * autofill, so no person ever meets it.
 */
export function honeypot(id: string, label: string, value: string, onInput: (value: string) => void) {
  return html`<div class="honeypot" aria-hidden="true">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** An e-mail address as the platform checks `type="email"`. */
export function isEmail(value: string): boolean {
  return /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/.test(
    value,
  );
}

/**
 * The server's field errors by field path without the `body.` prefix
 * (`body.contacts.0.email` → `contacts.0.email`); the first message per field.
 */
export function serverFieldErrors(error: ApiError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { path, message } of error.errors) {
    const key = path.replace(/^(body|json)\./, '');
    result[key] ??= message;
  }
  return result;
}

/** Moves focus to the first field marked invalid in `root`; returns whether there was one. */
export function focusFirstInvalid(root: ParentNode): boolean {
  const field = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  field?.focus();
  return Boolean(field);
}

/** Renders `host`'s new messages, then moves focus to its first invalid field; returns whether there was one. */
export async function revealInvalid(host: ReactiveControllerHost & { renderRoot: ParentNode }): Promise<boolean> {
  host.requestUpdate();
  await host.updateComplete;
  return focusFirstInvalid(host.renderRoot);
}

export const formFieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0 0 0.9em;
  }

  .field label {
    font-weight: 700;
  }

  .hint,
  .after {
    color: var(--ck-color-muted, inherit);
    font-size: 0.9em;
  }

  .field input,
  .field textarea,
  .field select {
    font: inherit;
    color: inherit;
    width: 100%;
    max-width: 40em;
    min-height: 44px;
    padding: 0.45em 0.6em;
    border: 1px solid var(--ck-color-border, #6b7178);
    border-radius: var(--ck-radius, 4px);
    background: var(--ck-color-surface, #fff);
  }

  .field textarea {
    resize: vertical;
  }

  .field [aria-invalid='true'] {
    border: 2px solid var(--ck-color-danger, #b3261e);
  }

  .field-error,
  .form-error {
    color: var(--ck-color-danger, #b3261e);
    font-weight: 700;
  }

  .form-error,
  .form-success {
    margin: 0 0 0.9em;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid currentColor;
    background: var(--ck-color-surface-alt, #f3f4f6);
  }

  .form-success {
    color: var(--ck-color-success, #1e6b34);
    font-weight: 700;
  }

  .honeypot {
    position: absolute;
    left: -10000px;
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .ck-button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
`;
