import { html, nothing, type ReactiveControllerHost } from 'lit';
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
