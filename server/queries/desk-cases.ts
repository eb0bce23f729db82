/** The moderators' view of cases: any status, with what only moderators see, and versioned corrections. */
import type { Case, DeskCase } from '../../contract/index.js';
import type { Queryable } from '../db/db.js';
import { relatedIdsOf, SUMMARY_COLUMNS, toCase, toInsertRow, toSummary, type CaseContent, type CaseRecord } from './case-rows.js';


const DESK_COLUMNS = `${SUMMARY_COLUMNS}, c.status, c.content, c.submitter_email, c.submitter_lang, c.version,
  c.corrected_at, c.proposed_themes, c.proposed_target_groups`;

const uniq = (values: string[]) => [...new Set(values)];

async function relatedOf(db: Queryable, row: Record<string, unknown>) {
  const ids = relatedIdsOf(row);
  if (!ids.length) return [];
  const rows = await db.query(`SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE c.id = ANY($1::text[]) AND c.status = 'published'`, [ids]);
  return rows.map(toSummary).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/**
 * The case as it will look when published: its open proposals shown among its themes and
 * target groups (publishing accepts them as they stand), so the preview is what goes live.
 */
async function toDeskCase(db: Queryable, row: Record<string, unknown>): Promise<DeskCase> {
  const base = toCase(row, await relatedOf(db, row));
  const proposals = {
    themes: ((row.proposed_themes as string[] | null) ?? []).map(String),
    targetGroups: ((row.proposed_target_groups as string[] | null) ?? []).map(String),
  };
  return {
    ...base,
    themes: uniq([...base.themes, ...proposals.themes]),
    targetGroups: uniq([...base.targetGroups, ...proposals.targetGroups]),
    submitterEmail: (row.submitter_email as string | null) ?? null,
    submitterLang: row.submitter_lang === 'en' ? 'en' : 'da',
    version: Number(row.version ?? 1),
    correctedAt: row.corrected_at ? new Date(row.corrected_at as string).toISOString() : null,
    proposals,
  };
}

export async function getDeskCase(db: Queryable, id: string): Promise<DeskCase | null> {
  const [row] = await db.query(`SELECT ${DESK_COLUMNS} FROM cases c WHERE c.id = $1`, [id]);
  return row ? toDeskCase(db, row) : null;
}

/** Cases by status, oldest first for what waits (work in the order it came), newest first otherwise. */
export async function listDeskCases(db: Queryable, status: string, limit: number): Promise<DeskCase[]> {
  const order = status === 'pending' ? 'ASC' : 'DESC';
  const rows = await db.query(`SELECT ${DESK_COLUMNS} FROM cases c WHERE c.status = $1 ORDER BY c.created_at ${order}, c.id LIMIT $2`, [
    status,
    limit,
  ]);
  const out: DeskCase[] = [];
  for (const row of rows) out.push(await toDeskCase(db, row));
  return out;
}

/** The writable content of a stored case (what a correction starts from), without the open proposals. */
export function contentOf(c: Case, relatedCaseIds: string[]): CaseContent {
  return {
    title: c.title,
    subtitle: c.subtitle,
    kind: c.kind,
    municipalities: c.municipalities,
    organisation: c.organisation,
    contacts: c.contacts,
    interventionType: c.interventionType,
    economyBracket: c.economyBracket,
    economyText: c.economyText,
    purpose: c.purpose,
    targetGroupPrimary: c.targetGroupPrimary,
    targetGroupSecondary: c.targetGroupSecondary,
    arena: c.arena,
    targetGroups: c.targetGroups,
    projectPeriod: c.projectPeriod,
    preventionPackages: c.preventionPackages,
    themes: c.themes,
    keywords: c.keywords,
    description: c.description,
    materials: c.materials,
    organisationAndPartners: c.organisationAndPartners,
    recruitment: c.recruitment,
    quotes: c.quotes,
    effect: c.effect,
    evaluated: c.evaluated,
    evaluationText: c.evaluationText,
    selfAssessment: c.selfAssessment,
    additionalComments: c.additionalComments,
    attentionPoints: c.attentionPoints,
    barriers: c.barriers,
    facilitators: c.facilitators,
    background: c.background,
    activities: c.activities,
    expectedResults: c.expectedResults,
    actualResults: c.actualResults,
    process: c.process,
    learnings: c.learnings,
    abstractType: c.abstractType,
    relatedCaseIds,
    canonicalUrl: c.canonicalUrl,
  };
}

/** The stored content of a case (no proposals mixed in), locked for a correction. */
export async function lockCaseContent(
  db: Queryable,
  id: string,
): Promise<{ content: CaseContent; status: CaseRecord['status']; version: number; proposals: DeskCase['proposals'] } | null> {
  const [row] = await db.query(`SELECT ${DESK_COLUMNS} FROM cases c WHERE c.id = $1 FOR UPDATE`, [id]);
  if (!row) return null;
  return {
    content: contentOf(toCase(row, []), relatedIdsOf(row)),
    status: row.status as CaseRecord['status'],
    version: Number(row.version ?? 1),
    proposals: {
      themes: ((row.proposed_themes as string[] | null) ?? []).map(String),
      targetGroups: ((row.proposed_target_groups as string[] | null) ?? []).map(String),
    },
  };
}

/**
 * Write new content over a case, keeping the content it replaces as version n. The derived
 * columns (excerpt, search text) are rebuilt exactly as at insert.
 */
export async function writeCorrection(
  db: Queryable,
  id: string,
  previous: { content: CaseContent; version: number },
  next: CaseContent,
  moderatorName: string,
  proposals?: DeskCase['proposals'],
): Promise<void> {
  await db.query(
    `INSERT INTO case_versions (case_id, version, snapshot, moderator_name) VALUES ($1, $2, $3::text::jsonb, $4)`,
    [id, previous.version, JSON.stringify(previous.content), moderatorName],
  );
  await rewriteCase(db, id, next, proposals, { corrected: true });
}

/** Rewrite a case's content and derived columns in place (corrections, vocabulary changes). */
export async function rewriteCase(
  db: Queryable,
  id: string,
  content: CaseContent,
  proposals: DeskCase['proposals'] | undefined,
  options: { corrected: boolean },
): Promise<void> {
  const row = toInsertRow({ ...content, id, status: 'pending', generated: false });
  await db.query(
    `UPDATE cases SET title = $2, subtitle = $3, kind = $4, municipalities = $5::text[], organisation = $6,
       intervention_type = $7, economy_bracket = $8, evaluated = $9, target_groups = $10::text[], themes = $11::text[],
       keywords = $12::text[], prevention_packages = $13::text[], excerpt = $14, content = $15::text::jsonb,
       tags_text = $16, body_text = $17,
       proposed_themes = coalesce($18::text[], proposed_themes), proposed_target_groups = coalesce($19::text[], proposed_target_groups),
       version = version + CASE WHEN $20 THEN 1 ELSE 0 END,
       corrected_at = CASE WHEN $20 THEN now() ELSE corrected_at END,
       updated_at = CASE WHEN $20 THEN now() ELSE updated_at END
     WHERE id = $1`,
    [
      id,
      row.title,
      row.subtitle,
      row.kind,
      row.municipalities,
      row.organisation,
      row.intervention_type,
      row.economy_bracket,
      row.evaluated,
      row.target_groups,
      row.themes,
      row.keywords,
      row.prevention_packages,
      row.excerpt,
      JSON.stringify(row.content),
      row.tags_text,
      row.body_text,
      proposals?.themes ?? null,
      proposals?.targetGroups ?? null,
      options.corrected,
    ],
  );
}

/** A decision on a case's status. Returns the status before, or null when there is no such case. */
export async function decideCase(db: Queryable, id: string, status: 'published' | 'rejected' | 'pending'): Promise<string | null> {
  const [row] = await db.query<{ previous: string }>(
    `UPDATE cases c SET status = $2 FROM (SELECT id, status AS previous FROM cases WHERE id = $1 FOR UPDATE) old
     WHERE c.id = old.id RETURNING old.previous`,
    [id, status],
  );
  return row?.previous ?? null;
}

/** Move what is left of a case's proposals into its themes and target groups (publishing accepts what the preview showed). */
export async function acceptOpenProposals(db: Queryable, id: string): Promise<DeskCase['proposals'] | null> {
  const locked = await lockCaseContent(db, id);
  if (!locked) return null;
  const { themes, targetGroups } = locked.proposals;
  if (!themes.length && !targetGroups.length) return locked.proposals;
  const content = {
    ...locked.content,
    themes: uniq([...locked.content.themes, ...themes]),
    targetGroups: uniq([...locked.content.targetGroups, ...targetGroups]),
  };
  await rewriteCase(db, id, content, { themes: [], targetGroups: [] }, { corrected: false });
  return locked.proposals;
}
