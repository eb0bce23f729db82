import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { problemResponse } from '../../schemas/common.js';
import { CaseContentSchema } from '../../schemas/cases.js';
import {
  CaseCorrectionSchema,
  CaseRulesSchema,
  DecisionResultSchema,
  DecisionSchema,
  DeskCaseSchema,
} from '../../schemas/desk.js';
import { audit } from '../../queries/audit.js';
import { acceptOpenProposals, decideCase, getDeskCase, listDeskCases, lockCaseContent, writeCorrection } from '../../queries/desk-cases.js';
import { enqueue } from '../../queries/followers.js';
import { rejectionMail } from '../../desk/mail-texts.js';
import { langOf, problem } from '../../http/problem.js';
import { newRouter, type Deps } from '../../http/router.js';
import { fieldErrors } from '../../http/validation.js';
import { body, CaseIdSchema, deskErrors, json, ListQuerySchema, same, security } from './common.js';

const listCases = createRoute({
  method: 'get',
  path: '/moderation/cases',
  summary: 'Cases by status (default: pending, oldest first), each in full as it will be published',
  security,
  request: { query: ListQuerySchema },
  responses: { 200: json(z.object({ items: z.array(DeskCaseSchema) }), 'Cases in full'), ...deskErrors },
});

const getCase = createRoute({
  method: 'get',
  path: '/moderation/cases/{id}',
  summary: 'One case in any status, in full, with the submitter’s address and open proposals',
  security,
  request: { params: CaseIdSchema },
  responses: { 200: json(DeskCaseSchema, 'The case'), 404: problemResponse('No such case.'), ...deskErrors },
});

const correctCase = createRoute({
  method: 'patch',
  path: '/moderation/cases/{id}',
  summary: 'Correct a case (any field; checked as the form checks it); the content it replaces is kept as a version',
  security,
  request: { params: CaseIdSchema, ...body(CaseCorrectionSchema) },
  responses: {
    200: json(DeskCaseSchema, 'The corrected case'),
    404: problemResponse('No such case.'),
    409: problemResponse('The case was corrected by someone else since expectedVersion.'),
    ...deskErrors,
  },
});

const listVersions = createRoute({
  method: 'get',
  path: '/moderation/cases/{id}/versions',
  summary: 'Earlier versions of a case’s content, newest first',
  security,
  request: { params: CaseIdSchema },
  responses: {
    200: json(
      z.object({
        items: z.array(z.object({ version: z.number().int(), moderatorName: z.string(), createdAt: z.string(), content: z.unknown() })),
      }),
      'Versions',
    ),
    404: problemResponse('No such case.'),
    ...deskErrors,
  },
});

const decide = createRoute({
  method: 'post',
  path: '/moderation/cases/{id}/{action}',
  summary: 'Publish, reject (with a reason the submitter is mailed) or unpublish a case (back to waiting)',
  security,
  request: {
    params: CaseIdSchema.extend({ action: z.enum(['publish', 'reject', 'unpublish']).openapi({ param: { name: 'action', in: 'path' } }) }),
    ...body(DecisionSchema, false),
  },
  responses: {
    200: json(DecisionResultSchema, 'The new status'),
    404: problemResponse('No such case.'),
    409: problemResponse('The case is not in a state this action applies to.'),
    ...deskErrors,
  },
});

const STATUS = { publish: 'published', reject: 'rejected', unpublish: 'pending' } as const;

/** Field-level limits of any case, and the form's rules (brackets, type, municipality, contact) for the fields given. */
function checkCorrection(c: Context, merged: unknown, changedKeys: string[]) {
  const content = CaseContentSchema.safeParse(merged);
  if (!content.success) return { error: problem(c, 400, 'validation', {}, fieldErrors(content.error, langOf(c))) };
  const ruleKeys = changedKeys.filter((k): k is keyof typeof CaseRulesSchema.shape => k in CaseRulesSchema.shape);
  const picked = Object.fromEntries(ruleKeys.map((k) => [k, true])) as Partial<Record<keyof typeof CaseRulesSchema.shape, true>>;
  const rules = CaseRulesSchema.pick(picked).safeParse(merged);
  if (!rules.success) return { error: problem(c, 400, 'validation', {}, fieldErrors(rules.error, langOf(c))) };
  return { content: content.data };
}

export function deskCaseRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(listCases, async (c) => {
    const { status, limit } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listDeskCases(deps.db, status, limit) }, 200);
  });

  app.openapi(getCase, async (c) => {
    const { id } = c.req.valid('param');
    const found = await getDeskCase(deps.db, id);
    c.header('Cache-Control', 'no-store');
    if (!found) return problem(c, 404, 'desk-case-not-found', { id });
    return c.json(found, 200);
  });

  app.openapi(correctCase, async (c) => {
    const { id } = c.req.valid('param');
    const { reason, expectedVersion, ...patch } = c.req.valid('json');
    const who = c.get('moderator');
    const outcome = await deps.db.transaction(async (tx) => {
      const locked = await lockCaseContent(tx, id);
      if (!locked) return { status: 404 as const };
      if (expectedVersion !== undefined && expectedVersion !== locked.version) return { status: 409 as const, version: locked.version };
      const checked = checkCorrection(c, { ...locked.content, ...patch }, Object.keys(patch));
      if (checked.error) return { status: 400 as const, response: checked.error };
      const next = checked.content;
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => !same(locked.content[k], next[k]));
      if (!changed.length) return { status: 200 as const };
      await writeCorrection(tx, id, locked, next, who.name);
      await audit(tx, who, {
        action: 'correct',
        targetType: 'case',
        targetId: id,
        before: Object.fromEntries(changed.map((k) => [k, locked.content[k]])),
        after: { ...Object.fromEntries(changed.map((k) => [k, next[k]])), version: locked.version + 1 },
        reason: reason ?? null,
      });
      return { status: 200 as const };
    });
    c.header('Cache-Control', 'no-store');
    if (outcome.status === 404) return problem(c, 404, 'desk-case-not-found', { id });
    if (outcome.status === 409) return problem(c, 409, 'version-conflict', { version: outcome.version });
    if (outcome.status === 400) return outcome.response;
    return c.json((await getDeskCase(deps.db, id))!, 200);
  });

  app.openapi(listVersions, async (c) => {
    const { id } = c.req.valid('param');
    c.header('Cache-Control', 'no-store');
    if (!(await getDeskCase(deps.db, id))) return problem(c, 404, 'desk-case-not-found', { id });
    const rows = await deps.db.query(
      `SELECT version, moderator_name, created_at, snapshot FROM case_versions WHERE case_id = $1 ORDER BY version DESC`,
      [id],
    );
    const items = rows.map((r) => ({
      version: Number(r.version),
      moderatorName: String(r.moderator_name),
      createdAt: new Date(r.created_at as string).toISOString(),
      content: typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot,
    }));
    return c.json({ items }, 200);
  });

  app.openapi(decide, async (c) => {
    const { id, action } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const who = c.get('moderator');
    const status = STATUS[action];
    c.header('Cache-Control', 'no-store');
    if (action === 'reject' && !reason) {
      const en = langOf(c) === 'en';
      return problem(c, 400, 'validation', {}, [
        { path: 'reason', message: en ? 'Give the reason the submitter will be told.' : 'Skriv den begrundelse, som indsenderen får.' },
      ]);
    }
    const outcome = await deps.db.transaction(async (tx) => {
      const current = await getDeskCase(tx, id);
      if (!current) return { code: 404 as const };
      if (action === 'unpublish' && current.status !== 'published') return { code: 409 as const, current: current.status };
      const accepted = action === 'publish' ? await acceptOpenProposals(tx, id) : null;
      const previous = (await decideCase(tx, id, status))!;
      let mailed = false;
      if (action === 'reject' && current.submitterEmail && reason) {
        await enqueue(tx, { kind: 'case-rejected', caseId: id, recipient: current.submitterEmail, ...rejectionMail(current.submitterLang, current.title, reason) });
        mailed = true;
      }
      const acceptedAny = accepted && (accepted.themes.length || accepted.targetGroups.length);
      await audit(tx, who, {
        action,
        targetType: 'case',
        targetId: id,
        before: { status: previous },
        after: { status, ...(acceptedAny ? { acceptedProposals: accepted } : {}), ...(mailed ? { mailedSubmitter: true } : {}) },
        reason: reason ?? null,
      });
      return { code: 200 as const, previous, mailed };
    });
    if (outcome.code === 404) return problem(c, 404, 'desk-case-not-found', { id });
    if (outcome.code === 409) return problem(c, 409, 'wrong-state', { status: outcome.current });
    if (outcome.mailed) deps.outboxChanged();
    return c.json({ id, status, previous: outcome.previous, mailed: outcome.mailed }, 200);
  });

  return app;
}
