import type { CaseSearchResult, Facets, FacetName } from '../../contract/index.js';
import type { Db, Queryable } from '../db/db.js';
import { FACETS } from '../schemas/cases.js';
import { SUMMARY_COLUMNS, toSummary } from './case-rows.js';

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

/**
 * How a search is answered quickly:
 * - Facet counts and the total come from one pass over the matching cases, and the ids in result
 *   order (the first CACHED_IDS of them) from one ranked query. Both depend only on what cases say
 *   and which are published, so they are cached per search and checked against search_state's
 *   generation (bumped by a trigger on every such change) — never served stale.
 * - The page itself is always read fresh by id, so view and comment counts are current.
 * - Those reads run with sequential scans discouraged: the planner cannot see that a sequential
 *   scan must de-TOAST every case's search_vector, and a prefix query (search-as-you-type)
 *   estimates badly enough to pick one; the GIN index is 10–30× faster there.
 */
const CACHED_IDS = 200;
const CACHE_ENTRIES = 256;

interface Entry {
  generation: string;
  total: number;
  facets: Facets;
  /** The first CACHED_IDS ids in result order; null for sort=views (the order changes with every view). */
  ids: string[] | null;
}

const caches = new WeakMap<Queryable, Map<string, Entry>>();

function cacheOf(db: Queryable): Map<string, Entry> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
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

/** Each facet's values, one row per value (arrays unnested). */
const FACET_VALUES: Record<FacetName, string> = {
  municipality: 'unnest(municipalities)',
  theme: 'unnest(themes)',
  targetGroup: 'unnest(target_groups)',
  interventionType: 'intervention_type',
  preventionPackage: 'unnest(prevention_packages)',
  evaluated: 'evaluated::text',
  economyBracket: 'economy_bracket',
};

/** One search, as SQL: the parameters are shared by the statements built from it. */
function plan(f: SearchFilters) {
  const params: unknown[] = [];
  const tsquery = textQuery(queryWords(f.q), params);
  const conditions = facetConditions(f, params);
  const match = tsquery ? `c.search_vector @@ (${tsquery})` : 'true';
  const sort = f.sort === 'relevance' && !tsquery ? 'newest' : f.sort;
  const order = {
    relevance: `ts_rank(c.search_vector, ${tsquery}) DESC, c.created_at DESC, c.id`,
    newest: 'c.created_at DESC, c.id',
    views: 'c.view_count DESC, c.created_at DESC, c.id',
    title: 'lower(c.title), c.id',
  }[sort];
  const where = `c.status = 'published' AND ${[match, ...FACETS.map((n) => conditions[n])].join(' AND ')}`;

  // Facets: each counts the rows that pass every *other* filter, so a chosen value does not hide
  // its siblings. One pass over the matching cases (the CTE is materialised once) feeds the total
  // and every facet.
  const flags = FACETS.map((name) => `${conditions[name]} AS f_${name}`).join(',\n  ');
  const allFlags = FACETS.map((name) => `f_${name}`).join(' AND ');
  const facetSelects = FACETS.map((name) => {
    const others = FACETS.filter((n) => n !== name).map((n) => `f_${n}`).join(' AND ');
    return `SELECT '${name}' AS facet, value, count(*)::int AS n
      FROM (SELECT ${FACET_VALUES[name]} AS value FROM base WHERE ${others}) t
      WHERE value IS NOT NULL GROUP BY value`;
  });
  const facetSql = `WITH base AS (
       SELECT c.municipalities, c.themes, c.target_groups, c.intervention_type, c.prevention_packages,
              c.evaluated, c.economy_bracket,
              ${flags}
       FROM cases c WHERE c.status = 'published' AND ${match}
     )
     SELECT '_total' AS facet, NULL AS value, count(*)::int AS n FROM base WHERE ${allFlags}
     UNION ALL ${facetSelects.join('\nUNION ALL ')}`;
  return { params, sort, order, where, facetSql };
}

type Plan = ReturnType<typeof plan>;

/** Run `fn` with sequential scans discouraged (see above); on PGlite and PostgreSQL alike. */
function indexed<T>(db: Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // A plan the setting makes "cost" 10^10 would otherwise be JIT-compiled, at 100+ ms.
    await tx.query('SET LOCAL enable_seqscan = off');
    await tx.query('SET LOCAL jit = off');
    return fn(tx);
  });
}

async function facetsAndOrder(db: Db, p: Plan, generation: string): Promise<Entry> {
  return indexed(db, async (tx) => {
    const rows = await tx.query<{ facet: FacetName | '_total'; value: string | null; n: number }>(
      p.facetSql,
      p.params,
    );
    const facets = Object.fromEntries(FACETS.map((n) => [n, [] as { value: string; count: number }[]])) as Facets;
    let total = 0;
    for (const row of rows) {
      if (row.facet === '_total') total = row.n;
      else if (row.value !== null) facets[row.facet].push({ value: row.value, count: row.n });
    }
    for (const values of Object.values(facets)) {
      values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'da'));
    }
    const ids =
      p.sort === 'views'
        ? null
        : (
            await tx.query<{ id: string }>(
              `SELECT c.id FROM cases c WHERE ${p.where} ORDER BY ${p.order} LIMIT ${CACHED_IDS}`,
              p.params,
            )
          ).map((r) => r.id);
    return { generation, total, facets, ids };
  });
}

const PAGE_SQL = `SELECT (SELECT generation::text FROM search_state) AS generation_, ${SUMMARY_COLUMNS}
  FROM cases c WHERE c.id = ANY($1::text[]) AND c.status = 'published'`;

/** The ids of the requested page from a cached order, or null when the cache does not reach that far. */
function pageIds(entry: Entry, start: number, end: number): string[] | null {
  if (!entry.ids || (end > entry.ids.length && entry.ids.length === CACHED_IDS)) return null;
  return entry.ids.slice(start, end);
}

/** The page's rows in the order of `ids` (a summary per id that is still published). */
async function rowsByIds(db: Queryable, ids: string[]): Promise<Record<string, unknown>[]> {
  if (ids.length === 0) return [];
  const rows = await db.query(PAGE_SQL, [ids]);
  return rows.sort((a, b) => ids.indexOf(String(a.id)) - ids.indexOf(String(b.id)));
}

export async function searchCases(db: Db, f: SearchFilters): Promise<CaseSearchResult> {
  const p = plan(f);
  const key = JSON.stringify([p.where, p.order, p.params]);
  const cache = cacheOf(db);
  const start = (f.page - 1) * f.pageSize;
  const end = start + f.pageSize;
  const result = (entry: Entry, rows: Record<string, unknown>[]): CaseSearchResult => {
    cache.delete(key); // (re)insert: the Map's order is least recently used first
    cache.set(key, entry);
    while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    return { items: rows.map(toSummary), total: entry.total, page: f.page, pageSize: f.pageSize, facets: entry.facets };
  };

  // The common case, in one statement: a cached search whose page is read together with the
  // generation it must match.
  const cached = cache.get(key);
  const cachedIds = cached && pageIds(cached, start, end);
  if (cached && cachedIds?.length) {
    const rows = await rowsByIds(db, cachedIds);
    if (rows[0]?.generation_ === cached.generation) return result(cached, rows);
  }

  const [state] = await db.query<{ generation: string }>('SELECT generation::text AS generation FROM search_state');
  const generation = state?.generation ?? '';
  const entry = cached?.generation === generation ? cached : await facetsAndOrder(db, p, generation);
  const ids = pageIds(entry, start, end);
  if (ids) return result(entry, await rowsByIds(db, ids));
  const limit = `$${p.params.length + 1}`;
  const offset = `$${p.params.length + 2}`;
  const rows = await indexed(db, (tx) =>
    tx.query(
      `SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE ${p.where} ORDER BY ${p.order} LIMIT ${limit} OFFSET ${offset}`,
      [...p.params, f.pageSize, start],
    ),
  );
  return result(entry, rows);
}
