// Cases on the desk: each shown exactly as it will be published (ck-case-detail from the
// pending data), with its proposals to decide, a correction form, and the decisions.
import { call, q } from './api.js';
import { field, h, showFieldErrors, waited, when } from './dom.js';

/** The fields a moderator corrects most; `list` fields are written comma-separated; the fourth item is a hint. */
const CORRECTABLE = [
  ['title', 'Titel'],
  ['subtitle', 'Undertitel'],
  ['municipalities', 'Kommune(r)', 'list'],
  ['organisation', 'Organisation/afdeling'],
  ['interventionType', 'Type indsats', 'type'],
  ['economyBracket', 'Økonomi pr. år', 'bracket'],
  ['economyText', 'Om økonomien', 'textarea'],
  ['purpose', 'Formål', 'textarea'],
  ['targetGroupPrimary', 'Primær målgruppe', 'textarea'],
  ['targetGroups', 'Målgrupper', 'list'],
  ['themes', 'Temaer', 'list'],
  ['description', 'Beskrivelse af indsats', 'textarea'],
  ['effect', 'Virkning', 'textarea'],
  // The case's page on this server names it as canonical: search engines and link previews are sent there.
  ['canonicalUrl', 'Kommunens egen side om casen', 'url', 'Hvis casen også står på kommunens hjemmeside: adressen (https://…). Søgemaskiner sendes derhen. Tom: casens side her er den rigtige.'],
];

const typeOptions = [['projekt', 'Et projekt'], ['permanent', 'En permanent indsats']];

function preview(item) {
  const detail = document.createElement('ck-case-detail');
  detail.setAttribute('heading-level', '4');
  detail.data = item;
  return h('div', { class: 'preview', role: 'region', 'aria-label': `Forhåndsvisning af ${item.title}` }, detail);
}

function correctionForm(item, ctx, onSaved) {
  const idOf = (key) => `ret-${item.id}-${key}`;
  const brackets = [['', 'Ikke angivet'], ...ctx.brackets.map((b) => [b, b])];
  const inputs = CORRECTABLE.map(([key, label, kind, hint]) => {
    const value = kind === 'list' ? item[key].join(', ') : item[key];
    if (kind === 'type') return field({ id: idOf(key), label, kind: 'select', options: typeOptions, value });
    if (kind === 'bracket') return field({ id: idOf(key), label, kind: 'select', options: brackets, value });
    if (kind === 'url') return field({ id: idOf(key), label, kind: 'url', value, hint });
    return field({ id: idOf(key), label, kind: kind === 'textarea' ? 'textarea' : 'text', value, hint: kind === 'list' ? 'Adskil med komma.' : undefined });
  });
  const status = h('p', { role: 'status', class: 'status' });
  const form = h(
    'form',
    // novalidate: the server's message (in Danish, at the field) says what to write, not the browser's bubble.
    { class: 'correction', 'aria-label': `Ret ${item.title}`, novalidate: true },
    ...inputs,
    field({ id: idOf('reason'), label: 'Hvorfor (kommer i loggen)', value: '' }),
    h('button', { type: 'submit' }, 'Gem rettelsen'),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const patch = {};
    for (const [key, , kind] of CORRECTABLE) {
      const raw = form.querySelector(`#${CSS.escape(idOf(key))}`).value;
      const value = kind === 'list' ? raw.split(',').map((v) => v.trim()).filter(Boolean) : raw.trim() === '' ? null : raw.trim();
      if (JSON.stringify(value) !== JSON.stringify(item[key] ?? null)) patch[key] = value;
    }
    if (!Object.keys(patch).length) {
      status.textContent = 'Du har ikke ændret noget endnu.';
      return;
    }
    const reason = form.querySelector(`#${CSS.escape(idOf('reason'))}`).value.trim();
    status.textContent = 'Gemmer …';
    try {
      const saved = await call('PATCH', `/moderation/cases/${q(item.id)}`, { ...patch, ...(reason ? { reason } : {}), expectedVersion: item.version });
      onSaved(saved, `Rettelsen er gemt (version ${saved.version}).`);
    } catch (error) {
      // What the moderator typed stays in the form; the message says what to fix, at the field when it can.
      status.textContent = error.errors.length ? 'Rettelsen blev ikke gemt. Ret det markerede.' : `Rettelsen blev ikke gemt. ${error.message}`;
      showFieldErrors(form, error.errors, (key) => (CORRECTABLE.some(([k]) => k === key) ? idOf(key) : null))?.focus();
    }
  });
  return form;
}

function proposals(item, ctx, onSaved) {
  const rows = [
    ...item.proposals.themes.map((value) => ['theme', value, 'tema', ctx.vocabulary.themes]),
    ...item.proposals.targetGroups.map((value) => ['targetGroup', value, 'målgruppe', ctx.vocabulary.targetGroups]),
  ];
  if (!rows.length) return null;
  return h(
    'div',
    { class: 'proposals' },
    h('p', {}, 'Indsenderen foreslår nye værdier. Godkend dem, eller vælg en værdi, der allerede bruges (udgiver du uden at vælge, godkendes de, som de står):'),
    h(
      'ul',
      {},
      ...rows.map(([kind, value, word, inUse]) => {
        const selectId = `map-${item.id}-${kind}-${value}`.replace(/[^\w-]/g, '_');
        const select = h('select', { id: selectId }, ...inUse.map((v) => h('option', { value: v.value }, `${v.value} (${v.count})`)));
        const decide = (mapTo) => async () => {
          try {
            onSaved(await call('POST', `/moderation/cases/${q(item.id)}/proposals`, { kind, value, mapTo }), mapTo ? `"${value}" er erstattet af "${mapTo}".` : `"${value}" er godkendt som ny ${word}.`);
          } catch (error) {
            ctx.say(error.message);
          }
        };
        return h(
          'li',
          {},
          h('strong', {}, `Foreslået ${word}: "${value}"`),
          ' ',
          h('button', { type: 'button', onclick: decide(null) }, `Godkend som ny ${word}`),
          ' ',
          h('label', { for: selectId }, 'eller brug '),
          select,
          ' ',
          h('button', { type: 'button', onclick: () => decide(select.value)() }, 'i stedet'),
        );
      }),
    ),
  );
}

/** One case on the desk. `live`: a published case (correct or take it down) rather than a waiting one. */
export function caseItem(item, ctx, live = false) {
  const box = h('article', { class: 'desk-item', 'aria-labelledby': `case-${item.id}` });
  const render = (current, message) => {
    const reasonId = `reason-${current.id}`;
    const reason = field({
      id: reasonId,
      label: live ? 'Begrundelse (kommer i loggen)' : `Begrundelse (sendes til indsenderen på ${current.submitterLang === 'en' ? 'engelsk' : 'dansk'}, hvis du afviser)`,
      kind: 'textarea',
      rows: 2,
    });
    const decide = (action, done) => async () => {
      const text = reason.querySelector('textarea').value.trim();
      if (action === 'reject' && !text) {
        reason.querySelector('.field-error').textContent = 'Skriv, hvorfor casen afvises. Indsenderen får begrundelsen.';
        reason.querySelector('textarea').setAttribute('aria-invalid', 'true');
        reason.querySelector('textarea').focus();
        return;
      }
      try {
        await call('POST', `/moderation/cases/${q(current.id)}/${action}`, text ? { reason: text } : {});
        box.replaceChildren(h('p', { class: 'done' }, `"${current.title}" ${done}.`));
        ctx.changed(`"${current.title}" ${done}.`);
      } catch (error) {
        ctx.say(error.message);
      }
    };
    const correction = h('details', { class: 'correct' }, h('summary', {}, 'Ret casen'), correctionForm(current, ctx, (saved, text) => render(saved, text)));
    box.replaceChildren(
      h('h3', { id: `case-${current.id}` }, current.title),
      h(
        'p',
        { class: 'meta' },
        `${current.municipalities.join(', ')} · indsendt ${when(current.createdAt)} (${waited(current.createdAt)}) · `,
        current.submitterEmail ? `indsender: ${current.submitterEmail}` : 'ingen e-mail fra indsenderen',
        current.version > 1 ? ` · version ${current.version}, rettet ${when(current.correctedAt)}` : '',
      ),
      message ? h('p', { role: 'status', class: 'status' }, message) : null,
      proposals(current, ctx, (saved, text) => render(saved, text)),
      h('details', { class: 'preview-box', open: !live }, h('summary', {}, 'Sådan kommer casen til at se ud'), preview(current)),
      correction,
      reason,
      h(
        'div',
        { class: 'actions' },
        live
          ? h('button', { type: 'button', onclick: decide('unpublish', 'er taget af og venter igen') }, 'Tag casen af')
          : [h('button', { type: 'button', class: 'primary', onclick: decide('publish', 'er udgivet') }, 'Udgiv'), ' ', h('button', { type: 'button', onclick: decide('reject', 'er afvist, og indsenderen får besked') }, 'Afvis')],
      ),
    );
  };
  render(item);
  return box;
}
