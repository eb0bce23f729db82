import { createRoute } from '@hono/zod-openapi';
import { randomBytes } from 'node:crypto';
import { CaseIdParamSchema, commonErrors, problemResponse } from '../schemas/common.js';
import {
  CaseSchema,
  CaseSearchParamsSchema,
  CaseSearchResultSchema,
  NewCaseResponseSchema,
  NewCaseSchema,
  ViewResultSchema,
} from '../schemas/cases.js';
import { getPublishedCase, insertCases, isPublished, pendingCaseWithContent } from '../queries/cases.js';
import type { CaseRecord } from '../queries/case-rows.js';
import { searchCases } from '../queries/search.js';
import { sortSubmittedValues } from '../queries/vocabulary.js';
import { countView, forgetOldViews, todaysSalt } from '../queries/views.js';
import { isUniqueViolation } from '../db/errors.js';
import { sha256, visitorAddress } from '../http/guards.js';
import { langOf, problem } from '../http/problem.js';
import { asList, newRouter, publicCache, type Deps } from '../http/router.js';
import { slugify } from '../seed/slug.js';

const listCases = createRoute({
  method: 'get',
  path: '/cases',
  summary: 'Search and browse published cases',
  request: { query: CaseSearchParamsSchema },
  responses: {
    200: { description: 'A page of case summaries with total and facets', content: { 'application/json': { schema: CaseSearchResultSchema } } },
    ...commonErrors,
  },
});

const getCase = createRoute({
  method: 'get',
  path: '/cases/{id}',
  summary: 'One published case in full, with related-case summaries',
  request: { params: CaseIdParamSchema },
  responses: {
    200: { description: 'The case', content: { 'application/json': { schema: CaseSchema } } },
    404: problemResponse('No published case has this id.'),
    ...commonErrors,
  },
});

const postView = createRoute({
  method: 'post',
  path: '/cases/{id}/views',
  summary: 'Count a view (once per visitor per 30 minutes; cookieless)',
  request: { params: CaseIdParamSchema },
  responses: {
    200: { description: 'The view count after this request', content: { 'application/json': { schema: ViewResultSchema } } },
    404: problemResponse('No published case has this id.'),
    ...commonErrors,
  },
});

const postCase = createRoute({
  method: 'post',
  path: '/cases',
  summary: 'Submit a new case; it is held as pending until a moderator publishes it',
  request: { body: { required: true, content: { 'application/json': { schema: NewCaseSchema } } } },
  responses: {
    201: { description: 'Received and held for moderation', content: { 'application/json': { schema: NewCaseResponseSchema } } },
    ...commonErrors,
    413: problemResponse('Body over 64 KB.'),
    415: problemResponse('Body is not JSON.'),
  },
});

const parseEvaluated = (values: string[]): boolean[] | null => {
  const map: Record<string, boolean> = { true: true, ja: true, yes: true, false: false, nej: false, no: false };
  const out = values.map((v) => map[v.toLowerCase()]);
  return out.every((v) => v !== undefined) ? (out as boolean[]) : null;
};

export function caseRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(listCases, async (c) => {
    const q = c.req.valid('query');
    const evaluated = parseEvaluated(asList(q.evaluated));
    if (!evaluated) {
      const en = langOf(c) === 'en';
      return problem(c, 400, 'validation', {}, [
        { path: 'query.evaluated', message: en ? 'Must be true or false.' : 'Skal være true eller false.' },
      ]);
    }
    const result = await searchCases(deps.db, {
      q: q.q,
      municipality: asList(q.municipality),
      theme: asList(q.theme),
      targetGroup: asList(q.targetGroup),
      interventionType: asList(q.interventionType),
      preventionPackage: asList(q.preventionPackage),
      evaluated,
      economyBracket: asList(q.economyBracket),
      sort: q.sort ?? (q.q?.trim() ? 'relevance' : 'newest'),
      page: q.page,
      pageSize: q.pageSize,
    });
    publicCache(c);
    return c.json(result, 200);
  });

  app.openapi(getCase, async (c) => {
    const { id } = c.req.valid('param');
    const found = await getPublishedCase(deps.db, id);
    if (!found) return problem(c, 404, 'case-not-found', { id });
    publicCache(c);
    return c.json(found, 200);
  });

  app.openapi(postView, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await isPublished(deps.db, id))) return problem(c, 404, 'case-not-found', { id });
    // One view per address and case (best effort: a new User-Agent is not a new visitor; a whole
    // office behind one address counts once per 30 minutes).
    const visitor = sha256(`${await todaysSalt(deps.db)}|${visitorAddress(c, deps.config)}|${id}`);
    const result = await countView(deps.db, id, visitor);
    if (Math.random() < 0.01) void forgetOldViews(deps.db).catch(() => undefined);
    c.header('Cache-Control', 'no-store');
    return c.json(result, 200);
  });

  app.openapi(postCase, async (c) => {
    const input = c.req.valid('json');
    c.header('Cache-Control', 'no-store');
    if (input.website) return c.json({ id: submissionId(input.title), status: 'pending' as const }, 201);
    const { submitterEmail, website: _honeypot, proposedThemes, proposedTargetGroups, ...content } = input;
    const themes = await sortSubmittedValues(deps.db, 'theme', content.themes, proposedThemes);
    const targetGroups = await sortSubmittedValues(deps.db, 'targetGroup', content.targetGroups, proposedTargetGroups);
    const record = {
      ...content,
      themes: themes.values,
      targetGroups: targetGroups.values,
      proposals: { themes: themes.proposals, targetGroups: targetGroups.proposals },
      submitterLang: langOf(c),
      kind: 'case' as const,
      relatedCaseIds: [],
      status: 'pending' as const,
      generated: false,
      submitterEmail: submitterEmail ?? null,
    };
    // The same content again while the first is still pending (a double click, a resent form) is
    // the same submission: stored once, the same answer.
    const contentHash = sha256(JSON.stringify({ ...content, proposedThemes, proposedTargetGroups }));
    const id = await submitCase(deps, { ...record, id: submissionId(input.title) }, contentHash);
    c.header('Location', `/api/v1/cases/${id}`);
    return c.json({ id, status: 'pending' as const }, 201);
  });

  return app;
}

/**
 * A submission's id: its title as a slug and a random suffix, whatever else exists. Made from the
 * title alone, a held or rejected case with the same title would show itself in the suffix.
 */
function submissionId(title: string): string {
  const base = slugify(title).slice(0, 80).replace(/-+$/, '') || 'case';
  return `${base}-${randomBytes(3).toString('hex')}`;
}

/** Store a submission once per content: the id of the pending case that already holds it, or the new one. */
async function submitCase(deps: Deps, record: CaseRecord, contentHash: string): Promise<string> {
  const earlier = () => pendingCaseWithContent(deps.db, contentHash);
  const found = await earlier();
  if (found) return found;
  try {
    await deps.db.transaction(async (tx) => {
      await insertCases(tx, [record]);
      await tx.query('UPDATE cases SET content_hash = $2 WHERE id = $1', [record.id, contentHash]);
    });
    return record.id;
  } catch (err) {
    // The same content raced in from another request: the unique index kept one.
    if (!isUniqueViolation(err)) throw err;
    const winner = await earlier();
    if (!winner) throw err;
    return winner;
  }
}
