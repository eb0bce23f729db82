// Small helpers for the moderation page: elements built with textContent only (the page runs
// under Trusted Types, and no text from the API is ever parsed as HTML), and Danish dates.

/** h('p', { class: 'x' }, 'text', child) — strings become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name in node && typeof value !== 'string') node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });
export const when = (iso) => dateTime.format(new Date(iso));

/** "for 3 timer siden", for how long something has waited. */
export function waited(iso) {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60000));
  const rtf = new Intl.RelativeTimeFormat('da-DK', { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 48 * 60) return rtf.format(-Math.round(minutes / 60), 'hour');
  return rtf.format(-Math.round(minutes / 1440), 'day');
}

/** A labelled field: input, textarea or select, with room for a message under it. */
export function field({ id, label, value = '', kind = 'text', options, hint, rows = 4 }) {
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  let control;
  if (kind === 'select') {
    control = h('select', { id, name: id, 'aria-describedby': describedBy }, ...options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text)));
  } else if (kind === 'textarea') {
    control = h('textarea', { id, name: id, rows: String(rows), 'aria-describedby': describedBy });
    control.value = value ?? '';
  } else {
    control = h('input', { id, name: id, type: kind, 'aria-describedby': describedBy });
    control.value = value ?? '';
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, control, h('p', { class: 'field-error', id: `${id}-error` }));
}

/** Put the server's field errors at their fields; returns the first field shown as wrong. */
export function showFieldErrors(form, errors, idOf) {
  for (const node of form.querySelectorAll('.field-error')) node.textContent = '';
  for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  let first = null;
  for (const { path, message } of errors ?? []) {
    const id = idOf(path.split('.')[0]);
    const control = id && form.querySelector(`#${CSS.escape(id)}`);
    if (!control) continue;
    control.setAttribute('aria-invalid', 'true');
    form.querySelector(`#${CSS.escape(id)}-error`).textContent = message;
    first ??= control;
  }
  return first;
}
