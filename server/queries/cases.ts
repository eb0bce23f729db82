import type { Case, CaseSummary } from '../../contract/index.js';
import type { Db, Queryable } from '../db/db.js';
import { relatedIdsOf, SUMMARY_COLUMNS, toCase, toInsertRow, toSummary, type CaseRecord } from './case-rows.js';

const INSERT_CHUNK = 500;

/** Insert many cases in a few statements: each chunk travels as one jsonb parameter. */
export async function insertCases(db: Queryable, records: CaseRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += INSERT_CHUNK) {
    const rows = records.slice(i, i + INSERT_CHUNK).map(toInsertRow);
    await db.query(
      `INSERT INTO cases (id, status, generated, kind, title, subtitle, municipalities, organisation,
         intervention_type, economy_bracket, evaluated, target_groups, themes, keywords, prevention_packages,
         excerpt, content, tags_text, body_text, submitter_email, submitter_lang, proposed_themes, proposed_target_groups,
         created_at, updated_at)
       SELECT id, status, generated, kind, title, subtitle, municipalities, organisation,
         intervention_type, economy_bracket, evaluated, target_groups, themes, keywords, prevention_packages,
         excerpt, content, tags_text, body_text, submitter_email, submitter_lang, proposed_themes, proposed_target_groups,
         created_at, created_at
       FROM jsonb_to_recordset($1::text::jsonb) AS r(id text, status text, generated boolean, kind text, title text,
         subtitle text, municipalities text[], organisation text, intervention_type text, economy_bracket text,
         evaluated boolean, target_groups text[], themes text[], keywords text[], prevention_packages text[],
         excerpt text, content jsonb, tags_text text, body_text text, submitter_email text, submitter_lang text,
         proposed_themes text[], proposed_target_groups text[], created_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }
}

export async function pendingCaseWithContent(db: Queryable, contentHash: string): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(`SELECT id FROM cases WHERE content_hash = $1 AND status = 'pending'`, [contentHash]);
  return row?.id ?? null;
}

export async function caseIdExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM cases WHERE id = $1', [id])).length > 0;
}

export async function countCases(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  return row?.n ?? 0;
}

/** A published case with its related-case summaries, or null. */
export async function getPublishedCase(db: Db, id: string): Promise<Case | null> {
  const [row] = await db.query(
    `SELECT ${SUMMARY_COLUMNS}, c.status, c.content FROM cases c WHERE c.id = $1 AND c.status = 'published'`,
    [id],
  );
  if (!row) return null;
  const relatedIds = relatedIdsOf(row);
  const related = relatedIds.length
    ? (
        await db.query(
          `SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE c.id = ANY($1::text[]) AND c.status = 'published'`,
          [relatedIds],
        )
      )
        .map(toSummary)
        .sort((a, b) => relatedIds.indexOf(a.id) - relatedIds.indexOf(b.id))
    : [];
  return toCase(row, related);
}

export async function isPublished(db: Queryable, id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM cases WHERE id = $1 AND status = 'published'`, [id])).length > 0;
}

/** The municipalities of a published case, or null when no published case has this id. */
export async function publishedMunicipalities(db: Queryable, id: string): Promise<string[] | null> {
  const [row] = await db.query<{ municipalities: string[] }>(`SELECT municipalities FROM cases WHERE id = $1 AND status = 'published'`, [id]);
  return row ? row.municipalities : null;
}

export type { CaseSummary };
