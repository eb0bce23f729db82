// Themes and target groups: the values in use, and merging one into another (e.g. a typo).
import { call } from './api.js';
import { h } from './dom.js';

const KINDS = [
  ['theme', 'Temaer', 'themes'],
  ['targetGroup', 'Målgrupper', 'targetGroups'],
];

export function vocabularySection(vocabulary, ctx) {
  return KINDS.map(([kind, heading, key]) => {
    const values = vocabulary[key];
    const options = () => values.map((v) => h('option', { value: v.value }, `${v.value} (${v.count})`));
    const from = h('select', { id: `merge-${kind}-from` }, ...options());
    const into = h('select', { id: `merge-${kind}-into` }, ...options());
    const status = h('p', { role: 'status', class: 'status' });
    const form = h(
      'form',
      { class: 'merge', 'aria-label': `Læg to ${heading.toLowerCase()} sammen` },
      h('label', { for: from.id }, 'Læg'),
      from,
      h('label', { for: into.id }, 'sammen med'),
      into,
      h('button', { type: 'submit' }, 'Læg sammen i alle cases'),
      status,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (from.value === into.value) {
        status.textContent = 'Vælg to forskellige værdier.';
        return;
      }
      try {
        const { changedCases } = await call('POST', '/moderation/vocabulary/merge', { kind, from: from.value, into: into.value });
        ctx.changed(`"${from.value}" er lagt sammen med "${into.value}" i ${changedCases.length} ${changedCases.length === 1 ? 'case' : 'cases'}.`);
      } catch (error) {
        status.textContent = error.message;
      }
    });
    return h(
      'div',
      { class: 'vocabulary' },
      h('h3', {}, heading),
      h('ul', { class: 'values' }, ...values.map((v) => h('li', {}, `${v.value} (${v.count})`))),
      form,
    );
  });
}
