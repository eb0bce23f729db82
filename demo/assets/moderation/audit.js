// The audit log: every decision, who made it, when, and what it changed.
import { h, when } from './dom.js';

const ACTIONS = {
  publish: 'udgav',
  reject: 'afviste',
  unpublish: 'tog af',
  hide: 'skjulte',
  correct: 'rettede',
  'accept-proposal': 'godkendte et forslag til',
  'map-proposal': 'erstattede et forslag i',
  merge: 'lagde værdier sammen i',
  'export-person': 'hentede persondata',
  'erase-person': 'slettede persondata',
  'add-moderator': 'oprettede moderator',
  'revoke-moderator': 'tog nøglen fra moderator',
};
const TARGETS = { case: 'casen', comment: 'kommentaren', vocabulary: '', person: '', moderator: '' };
const STATUS = { pending: 'venter', published: 'offentlig', rejected: 'afvist', hidden: 'skjult' };
const KEYS = {
  status: 'Status',
  title: 'Titel',
  subtitle: 'Undertitel',
  municipalities: 'Kommuner',
  themes: 'Temaer',
  targetGroups: 'Målgrupper',
  theme: 'Temaer',
  targetGroup: 'Målgrupper',
  economyBracket: 'Økonomi',
  interventionType: 'Type',
  purpose: 'Formål',
  description: 'Beskrivelse',
  version: 'Version',
  value: 'Værdi',
  cases: 'Cases',
  proposal: 'Forslag',
  name: 'Navn',
  comments: 'Kommentarer',
  mailedSubmitter: 'Indsender fik e-mail',
  acceptedProposals: 'Godkendte forslag',
};
const valueText = (key, value) => {
  if (value === null || value === undefined || value === '') return '–';
  if (key === 'status') return STATUS[value] ?? String(value);
  if (value === true) return 'ja';
  if (Array.isArray(value)) return value.map((v) => valueText('', v)).join(', ') || '–';
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${KEYS[k] ?? k}: ${valueText(k, v)}`).join('; ');
  return String(value);
};
/** Before/after as "Felt: værdi" lines in Danish, not as JSON. */
const compact = (value) => (value === null || value === undefined ? '' : typeof value === 'object' ? valueText('', value) : String(value));

export function auditTable(items) {
  if (!items.length) return h('p', {}, 'Loggen er tom.');
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Log over beslutninger' },
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...['Tidspunkt', 'Hvem', 'Hvad', 'Før', 'Efter', 'Begrundelse'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        ...items.map((e) =>
          h(
            'tr',
            {},
            h('td', {}, when(e.at)),
            h('td', {}, e.moderatorName),
            h('td', {}, `${ACTIONS[e.action] ?? e.action} ${TARGETS[e.targetType] ?? ''} ${e.targetId ?? ''}`.trim()),
            h('td', {}, h('code', {}, compact(e.before))),
            h('td', {}, h('code', {}, compact(e.after))),
            h('td', {}, e.reason ?? ''),
          ),
        ),
      ),
    ),
  );
}
