import { visibleCommentCount } from './comments.js';
import type { z } from '@hono/zod-openapi';
import { CASE_TEXT_FIELD_NAMES, type Case, type CaseSummary, type CaseText, type QuestionKey, type ReaderRating } from '../../contract/index.js';
import type { CaseContentSchema } from '../schemas/cases.js';

/** Everything needed to store a case: its content plus who holds it in what state. */
export type CaseContent = z.output<typeof CaseContentSchema>;
export interface CaseRecord extends CaseContent {
  id: string;
  status: 'pending' | 'published' | 'rejected';
  generated: boolean;
  submitterEmail?: string | null;
  /** The language the submitter wrote in (their mail from the desk is in it). */
  submitterLang?: 'da' | 'en';
  /** Themes and target groups the submitter proposed that are not in use yet. */
  proposals?: { themes: string[]; targetGroups: string[] };
  createdAt?: string;
}

/** Fields kept in the `content` jsonb column rather than in columns of their own. */
const CONTENT_KEYS = [
  ...CASE_TEXT_FIELD_NAMES,
  'contacts',
  'materials',
  'quotes',
  'selfAssessment',
  'relatedCaseIds',
  'canonicalUrl',
] as const satisfies readonly (keyof CaseContent)[];

/**
 * The readers' votes in short, in the same statement as the row (an index scan of the votes'
 * primary key per case): a list of 20 cards costs no query per card.
 */
const READER_RATINGS = `(SELECT coalesce(json_agg(json_build_object('question', v.question, 'count', v.n, 'average', v.average) ORDER BY v.question), '[]'::json)
    FROM (SELECT question, count(*)::int AS n, round(avg(value), 1)::float8 AS average FROM votes WHERE case_id = c.id GROUP BY question) v)`;

export const SUMMARY_COLUMNS = `c.id, c.title, c.subtitle, c.kind, c.municipalities, c.organisation,
  c.intervention_type, c.economy_bracket, c.target_groups, c.themes, c.keywords, c.prevention_packages,
  c.evaluated, c.excerpt, c.view_count, c.generated, c.created_at, c.updated_at,
  ${visibleCommentCount('c.id')} AS comment_count,
  ${READER_RATINGS} AS reader_ratings`;

/** The row shape jsonb_to_recordset reads in the bulk insert (see insertCases). */
export function toInsertRow(record: CaseRecord): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) content[key] = record[key];
  const prose = CASE_TEXT_FIELD_NAMES.map((k) => record[k])
    .concat(record.contacts.map((c) => [c.name, c.jobTitle, c.department, c.organisation].filter(Boolean).join(' ')))
    .concat(record.quotes.map((q) => `${q.text} ${q.person ?? ''}`))
    .concat(record.materials.map((m) => m.title));
  const now = new Date().toISOString();
  return {
    id: record.id,
    status: record.status,
    generated: record.generated,
    kind: record.kind,
    title: record.title,
    subtitle: record.subtitle,
    municipalities: record.municipalities,
    organisation: record.organisation,
    intervention_type: record.interventionType,
    economy_bracket: record.economyBracket,
    evaluated: record.evaluated,
    target_groups: record.targetGroups,
    themes: record.themes,
    keywords: record.keywords,
    prevention_packages: record.preventionPackages,
    excerpt: excerptOf(record),
    content,
    tags_text: [
      ...record.municipalities,
      record.organisation ?? '',
      ...record.themes,
      ...record.keywords,
      ...record.targetGroups,
      ...record.preventionPackages,
    ].join(' '),
    body_text: prose.filter((p): p is string => Boolean(p)).join('\n'),
    submitter_email: record.submitterEmail ?? null,
    submitter_lang: record.submitterLang ?? 'da',
    proposed_themes: record.proposals?.themes ?? [],
    proposed_target_groups: record.proposals?.targetGroups ?? [],
    created_at: record.createdAt ?? now,
  };
}

function excerptOf(record: CaseContent): string | null {
  const source = record.purpose ?? record.description ?? record.background ?? record.subtitle;
  if (!source) return null;
  const flat = source.replace(/\s+/g, ' ').trim();
  if (flat.length <= 220) return flat;
  const cut = flat.slice(0, 220);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 150)) + ' …';
}

function readerRatingsOf(v: unknown): ReaderRating[] {
  const rows = (typeof v === 'string' ? JSON.parse(v) : v ?? []) as { question: QuestionKey; count: number | string; average: number | string }[];
  return rows.map((r) => ({ question: r.question, count: Number(r.count), average: Number(r.average) }));
}

const iso = (v: unknown): string => new Date(v as string | Date).toISOString();
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function toSummary(row: Record<string, unknown>): CaseSummary {
  return {
    id: String(row.id),
    title: String(row.title),
    subtitle: str(row.subtitle),
    kind: row.kind as CaseSummary['kind'],
    municipalities: list(row.municipalities),
    organisation: str(row.organisation),
    interventionType: (row.intervention_type ?? null) as CaseSummary['interventionType'],
    economyBracket: str(row.economy_bracket),
    targetGroups: list(row.target_groups),
    themes: list(row.themes),
    keywords: list(row.keywords),
    preventionPackages: list(row.prevention_packages),
    evaluated: row.evaluated === null || row.evaluated === undefined ? null : Boolean(row.evaluated),
    excerpt: str(row.excerpt),
    viewCount: Number(row.view_count ?? 0),
    commentCount: Number(row.comment_count ?? 0),
    readerRatings: readerRatingsOf(row.reader_ratings),
    generated: Boolean(row.generated),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toCase(row: Record<string, unknown>, related: CaseSummary[]): Case {
  const content = (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as Partial<CaseContent>;
  return {
    ...toSummary(row),
    status: row.status as Case['status'],
    ...textOf(content),
    contacts: content.contacts ?? [],
    materials: content.materials ?? [],
    quotes: content.quotes ?? [],
    selfAssessment: content.selfAssessment ?? { formaal: null, implementering: null },
    canonicalUrl: content.canonicalUrl ?? null,
    related,
  };
}

const textOf = (content: Partial<CaseContent>): CaseText =>
  Object.fromEntries(CASE_TEXT_FIELD_NAMES.map((k) => [k, content[k] ?? null])) as CaseText;

export function relatedIdsOf(row: Record<string, unknown>): string[] {
  const content = (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as Partial<CaseContent>;
  return content.relatedCaseIds ?? [];
}
