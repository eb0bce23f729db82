import type { Case, CaseSearchResult, CaseSummary, Facets, FacetName } from '../api-types.js';
import type { Db, Queryable } from '../db/db.js';
import { FACETS } from '../schemas/cases.js';
import { relatedIdsOf, SUMMARY_COLUMNS, toCase, toInsertRow, toSummary, type CaseRecord } from './case-rows.js';

const INSERT_CHUNK = 500;

/** Insert many cases in a few statements: each chunk travels as one jsonb parameter. */
export async function insertCases(db: Queryable, records: CaseRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += INSERT_CHUNK) {
    const rows = records.slice(i, i + INSERT_CHUNK).map(toInsertRow);
    await db.query(
      `INSERT INTO cases (id, status, generated, kind, title, subtitle, municipalities, organisation,
         intervention_type, economy_bracket, evaluated, target_groups, themes, keywords, prevention_packages,
         excerpt, content, tags_text, body_text, submitter_email, created_at, updated_at)
       SELECT id, status, generated, kind, title, subtitle, municipalities, organisation,
         intervention_type, economy_bracket, evaluated, target_groups, themes, keywords, prevention_packages,
         excerpt, content, tags_text, body_text, submitter_email, created_at, created_at
       FROM jsonb_to_recordset($1::text::jsonb) AS r(id text, status text, generated boolean, kind text, title text,
         subtitle text, municipalities text[], organisation text, intervention_type text, economy_bracket text,
         evaluated boolean, target_groups text[], themes text[], keywords text[], prevention_packages text[],
         excerpt text, content jsonb, tags_text text, body_text text, submitter_email text, created_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }
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

export interface SearchFilters {
  q?: string | undefined;
  municipality: string[];
  theme: string[];
  targetGroup: string[];
  interventionType: string[];
  preventionPackage: string[];
  evaluated: boolean[];
  economyBracket: string[];
  sort: 'relevance' | 'newest' | 'views' | 'title';
  page: number;
  pageSize: number;
}

/** Words of a query, reduced to letters and digits so they are safe inside a tsquery. */
export function queryWords(q: string | undefined): string[] {
  return (q ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/** SQL of one boolean condition per facet, sharing one parameter list. */
function facetConditions(f: SearchFilters, params: unknown[]): Record<FacetName, string> {
  const p = (value: unknown) => `$${params.push(value)}`;
  const anyOf = (column: string, values: string[]) =>
    values.length === 0
      ? 'true'
      : `EXISTS (SELECT 1 FROM unnest(${column}) v WHERE lower(v) = ANY(${p(values.map((v) => v.toLowerCase()))}::text[]))`;
  const municipalities = f.municipality.map((m) => m.replace(/\s+kommune$/i, '').trim());
  return {
    municipality: anyOf('c.municipalities', municipalities),
    theme: anyOf('c.themes', f.theme),
    targetGroup: anyOf('c.target_groups', f.targetGroup),
    interventionType: f.interventionType.length ? `c.intervention_type = ANY(${p(f.interventionType)}::text[])` : 'true',
    preventionPackage: anyOf('c.prevention_packages', f.preventionPackage),
    evaluated: f.evaluated.length ? `c.evaluated = ANY(${p(f.evaluated.map(String))}::text[]::boolean[])` : 'true',
    economyBracket: f.economyBracket.length ? `c.economy_bracket = ANY(${p(f.economyBracket)}::text[])` : 'true',
  };
}

/** The tsquery: Danish stems for whole words, and the last word also as a prefix (search-as-you-type). */
function textQuery(words: string[], params: unknown[]): string | null {
  if (words.length === 0) return null;
  const p = (value: unknown) => `$${params.push(value)}`;
  const parts = words.map((w, i) =>
    i === words.length - 1
      ? `(to_tsquery('danish', ${p(`${w}:*`)}) || to_tsquery('simple', ${p(`${w}:*`)}))`
      : `to_tsquery('danish', ${p(w)})`,
  );
  return parts.join(' && ');
}

const FACET_VALUE_SQL: Record<FacetName, string> = {
  municipality: 'unnest(municipalities)',
  theme: 'unnest(themes)',
  targetGroup: 'unnest(target_groups)',
  interventionType: 'intervention_type',
  preventionPackage: 'unnest(prevention_packages)',
  evaluated: 'evaluated::text',
  economyBracket: 'economy_bracket',
};

export async function searchCases(db: Db, f: SearchFilters): Promise<CaseSearchResult> {
  const params: unknown[] = [];
  const tsquery = textQuery(queryWords(f.q), params);
  const conditions = facetConditions(f, params);
  const match = tsquery ? `c.search_vector @@ (${tsquery})` : 'true';

  // One pass over the matching cases gives the total and every facet: each facet counts
  // the rows that pass every *other* filter, so a chosen value does not hide its siblings.
  const flags = FACETS.map((name) => `${conditions[name]} AS f_${name}`).join(',\n  ');
  const allFlags = FACETS.map((name) => `f_${name}`).join(' AND ');
  const facetSelects = FACETS.map((name) => {
    const others = FACETS.filter((n) => n !== name).map((n) => `f_${n}`).join(' AND ');
    return `SELECT '${name}' AS facet, value, count(*)::int AS n
      FROM (SELECT ${FACET_VALUE_SQL[name]} AS value FROM base WHERE ${others}) t
      WHERE value IS NOT NULL GROUP BY value`;
  });
  const facetRows = await db.query<{ facet: FacetName | '_total'; value: string | null; n: number }>(
    `WITH base AS (
       SELECT c.municipalities, c.themes, c.target_groups, c.intervention_type, c.prevention_packages,
              c.evaluated, c.economy_bracket,
              ${flags}
       FROM cases c WHERE c.status = 'published' AND ${match}
     )
     SELECT '_total' AS facet, NULL AS value, count(*)::int AS n FROM base WHERE ${allFlags}
     UNION ALL ${facetSelects.join('\nUNION ALL ')}`,
    params,
  );

  const facets = Object.fromEntries(FACETS.map((n) => [n, [] as { value: string; count: number }[]])) as Facets;
  let total = 0;
  for (const row of facetRows) {
    if (row.facet === '_total') total = row.n;
    else if (row.value !== null) facets[row.facet].push({ value: row.value, count: row.n });
  }
  for (const values of Object.values(facets)) {
    values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'da'));
  }

  const sort = f.sort === 'relevance' && !tsquery ? 'newest' : f.sort;
  const order = {
    relevance: `ts_rank(c.search_vector, ${tsquery}) DESC, c.created_at DESC, c.id`,
    newest: 'c.created_at DESC, c.id',
    views: 'c.view_count DESC, c.created_at DESC, c.id',
    title: 'lower(c.title), c.id',
  }[sort];
  const where = [match, ...FACETS.map((n) => conditions[n])].join(' AND ');
  const limit = `$${params.push(f.pageSize)}`;
  const offset = `$${params.push((f.page - 1) * f.pageSize)}`;
  const rows = await db.query(
    `SELECT ${SUMMARY_COLUMNS} FROM cases c
     WHERE c.status = 'published' AND ${where}
     ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  return { items: rows.map(toSummary), total, page: f.page, pageSize: f.pageSize, facets };
}

export async function setCaseStatus(db: Queryable, id: string, status: 'published' | 'rejected'): Promise<boolean> {
  const rows = await db.query(`UPDATE cases SET status = $2, updated_at = now() WHERE id = $1 RETURNING id`, [id, status]);
  return rows.length > 0;
}

export async function listCasesByStatus(db: Queryable, status: string, limit: number) {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT id, title, municipalities, status, submitter_email, created_at FROM cases
     WHERE status = $1 ORDER BY created_at DESC LIMIT $2`,
    [status, limit],
  );
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    municipalities: (r.municipalities as string[]) ?? [],
    status: String(r.status) as 'pending' | 'published' | 'rejected',
    submitterEmail: (r.submitter_email as string | null) ?? null,
    createdAt: new Date(r.created_at as string).toISOString(),
  }));
}

export type { CaseSummary };
