import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * A choice from the case bank's own vocabulary (themes, target groups): a checkbox per value in
 * use, and a field to propose new ones, which a moderator accepts or maps to a value in use.
 * Typed against what it needs, not against the form that owns it.
 */
export interface VocabularyChoice {
  /** Prefix of the ids of the group and its checkboxes. */
  id: string;
  /** The id of the proposal field (the form's field id, so a restored draft finds it). */
  proposeId: string;
  legend: string;
  hint: string;
  /** The values in use; undefined while loading, null when they could not be loaded. */
  values: string[] | undefined | null;
  chosen: string[];
  onToggle: (value: string, checked: boolean) => void;
  loading: string;
  unavailable: string;
  proposeLabel: string;
  proposeHint: string;
  proposed: string;
  onPropose: (text: string) => void;
  error?: string | undefined;
}

export function vocabularyChoice(o: VocabularyChoice) {
  const described = [`${o.id}-hint`, o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  // A value chosen earlier (a restored draft) stays visible and can be unchosen even if no longer in use.
  const values = o.values ? [...o.values, ...o.chosen.filter((c) => !o.values!.includes(c))] : o.chosen;
  return html`<fieldset class="choice" part="choice" aria-describedby=${described}>
    <legend part="choice-legend">${o.legend}</legend>
    <div class="hint" id=${`${o.id}-hint`}>${o.hint}</div>
    ${o.values === undefined ? html`<p class="hint" role="status">${o.loading}</p>` : nothing}
    ${o.values === null ? html`<p class="hint">${o.unavailable}</p>` : nothing}
    ${values.length
      ? html`<ul class="options" role="list">
          ${values.map(
            (value, i) => html`<li>
              <input
                type="checkbox"
                id=${`${o.id}-${i}`}
                .checked=${live(o.chosen.includes(value))}
                @change=${(e: Event) => o.onToggle(value, (e.target as HTMLInputElement).checked)}
              />
              <label for=${`${o.id}-${i}`}>${value}</label>
            </li>`,
          )}
        </ul>`
      : nothing}
    <div class="field" part="field">
      <label for=${o.proposeId} part="field-label">${o.proposeLabel}</label>
      <div class="hint" id=${`${o.proposeId}-hint`}>${o.proposeHint}</div>
      <input
        id=${o.proposeId}
        part="input"
        type="text"
        maxlength="400"
        aria-describedby=${[`${o.proposeId}-hint`, o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ')}
        aria-invalid=${o.error ? 'true' : 'false'}
        .value=${live(o.proposed)}
        @input=${(e: Event) => o.onPropose((e.target as HTMLInputElement).value)}
      />
    </div>
    ${o.error ? html`<div class="field-error" part="field-error" id=${`${o.id}-error`}>${o.error}</div>` : nothing}
  </fieldset>`;
}

export const vocabularyChoiceStyles = css`
  fieldset.choice {
    border: 0;
    padding: 0;
    margin: 0 0 0.9em;
    min-width: 0;
  }
  fieldset.choice legend {
    font-weight: 700;
    font-size: 1em;
    padding: 0;
  }
  .options {
    list-style: none;
    margin: 0.4em 0 0.6em;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.2em 1em;
  }
  .options li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    overflow-wrap: anywhere;
  }
  .options input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
  }
`;
