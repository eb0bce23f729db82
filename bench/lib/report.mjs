/**
 * One row per figure: what was measured, the figure, the limit or peer it is
 * read against, and whether the target is met. Sections only build rows; the
 * runner prints them, so every figure lands in the same table.
 */

/** @typedef {{ section: string, name: string, value: string, limit: string, status: 'met' | 'MISSED' | '—', meaning?: string }} Row */

/** A row with a target: `met` decides the status column. */
export function target(section, name, value, limit, met, meaning) {
  return { section, name, value, limit, status: met ? 'met' : 'MISSED', meaning };
}

/** A row with no target of its own (a peer for scale, or a supporting figure). */
export function info(section, name, value, limit = '', meaning) {
  return { section, name, value, limit, status: '—', meaning };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value) => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`);

/** Median of numbers (the middle of a sorted copy). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const COLUMNS = [
  ['section', 'section'],
  ['name', 'figure'],
  ['value', 'measured'],
  ['limit', 'limit / peer'],
  ['status', 'target'],
];

/** The table as aligned plain text, for the terminal. */
export function textTable(rows) {
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((r) => String(r[key]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' │ ').trimEnd();
  return [line(COLUMNS.map(([, title]) => title)), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map((r) => line(COLUMNS.map(([key]) => r[key])))].join('\n');
}

/** The table as Markdown, with each figure's meaning as the last column. */
export function markdownTable(rows) {
  const escape = (s) => String(s ?? '').replaceAll('|', '\\|');
  const head = [...COLUMNS.map(([, title]) => title), 'what it means'];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${[...COLUMNS.map(([key]) => r[key]), r.meaning].map(escape).join(' | ')} |`),
  ].join('\n');
}
