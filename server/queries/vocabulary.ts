/**
 * The case bank's own vocabulary of themes and target groups: the values published cases
 * use. New values come in as proposals on a submitted case, and a moderator accepts or maps
 * them; a moderator can also merge one value into another across every case.
 */
import type { Queryable } from '../db/db.js';
import { lockCaseContent, rewriteCase } from './desk-cases.js';

export type VocabularyKind = 'theme' | 'targetGroup';
const COLUMN = { theme: 'themes', targetGroup: 'target_groups' } as const;
const PROPOSED = { theme: 'proposed_themes', targetGroup: 'proposed_target_groups' } as const;
const FIELD = { theme: 'themes', targetGroup: 'targetGroups' } as const;

export interface VocabularyValue {
  value: string;
  /** Published cases that use it. */
  count: number;
}

export async function valuesInUse(db: Queryable, kind: VocabularyKind): Promise<VocabularyValue[]> {
  const rows = await db.query<{ value: string; count: number }>(
    `SELECT v AS value, count(*)::int AS count FROM cases, unnest(${COLUMN[kind]}) AS v
     WHERE status = 'published' GROUP BY v ORDER BY lower(v), v`,
  );
  return rows.map((r) => ({ value: r.value, count: Number(r.count) }));
}

/** Open proposals on cases that are not rejected: value, and the cases that propose it. */
export async function openProposals(db: Queryable, kind: VocabularyKind) {
  const rows = await db.query<{ value: string; case_ids: string[] }>(
    `SELECT v AS value, array_agg(id ORDER BY created_at) AS case_ids FROM cases, unnest(${PROPOSED[kind]}) AS v
     WHERE status <> 'rejected' GROUP BY v ORDER BY lower(v), v`,
  );
  return rows.map((r) => ({ value: r.value, caseIds: r.case_ids.map(String) }));
}

/**
 * A submitter's chosen and proposed values, sorted against the values in use: a value in use
 * (in any letter case) is taken as that value; anything else waits as a proposal.
 */
export async function sortSubmittedValues(
  db: Queryable,
  kind: VocabularyKind,
  chosen: string[],
  proposed: string[],
): Promise<{ values: string[]; proposals: string[] }> {
  const inUse = new Map((await valuesInUse(db, kind)).map((v) => [v.value.toLowerCase(), v.value]));
  const values: string[] = [];
  const proposals: string[] = [];
  for (const raw of [...chosen, ...proposed]) {
    const value = raw.trim();
    if (!value) continue;
    const known = inUse.get(value.toLowerCase());
    if (known) {
      if (!values.includes(known)) values.push(known);
    } else if (!proposals.includes(value)) proposals.push(value);
  }
  return { values, proposals };
}

/**
 * Decide one proposal on one case: accept it as a new value, or map it to a value in use.
 * Returns the case's values before and after, or null when the case has no such proposal.
 */
export async function resolveProposal(
  db: Queryable,
  caseId: string,
  kind: VocabularyKind,
  value: string,
  mapTo: string | null,
): Promise<{ before: string[]; after: string[] } | null> {
  const locked = await lockCaseContent(db, caseId);
  if (!locked) return null;
  const field = FIELD[kind];
  const open = locked.proposals[field];
  if (!open.includes(value)) return null;
  const before = locked.content[field];
  const added = mapTo ?? value;
  const after = before.includes(added) ? before : [...before, added];
  const proposals = { ...locked.proposals, [field]: open.filter((p) => p !== value) };
  await rewriteCase(db, caseId, { ...locked.content, [field]: after }, proposals, { corrected: false });
  return { before, after };
}

/** Replace `from` by `into` on every case (and in open proposals). Returns the ids of the cases changed. */
export async function mergeValues(db: Queryable, kind: VocabularyKind, from: string, into: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM cases WHERE $1 = ANY(${COLUMN[kind]}) OR $1 = ANY(${PROPOSED[kind]}) ORDER BY id FOR UPDATE`,
    [from],
  );
  const field = FIELD[kind];
  for (const { id } of rows) {
    const locked = await lockCaseContent(db, id);
    if (!locked) continue;
    const values = [...new Set(locked.content[field].map((v) => (v === from ? into : v)))];
    const proposals = { ...locked.proposals, [field]: locked.proposals[field].filter((p) => p !== from) };
    if (locked.proposals[field].includes(from) && !values.includes(into)) values.push(into);
    await rewriteCase(db, id, { ...locked.content, [field]: values }, proposals, { corrected: false });
  }
  return rows.map((r) => r.id);
}
