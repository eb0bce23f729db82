/** Themes and target groups: the values in use, the proposals waiting, and merging one value into another. */
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponse } from '../../schemas/common.js';
import { MergeSchema, ProposalDecisionSchema, VocabularySchema, DeskCaseSchema } from '../../schemas/desk.js';
import { audit } from '../../queries/audit.js';
import { getDeskCase } from '../../queries/desk-cases.js';
import { mergeValues, openProposals, resolveProposal, valuesInUse } from '../../queries/vocabulary.js';
import { problem } from '../../http/problem.js';
import { newRouter, type Deps } from '../../http/router.js';
import { body, CaseIdSchema, deskErrors, json, security } from './common.js';

const vocabulary = createRoute({
  method: 'get',
  path: '/moderation/vocabulary',
  summary: 'Themes and target groups in use (with how many published cases use each), and open proposals',
  security,
  responses: { 200: json(VocabularySchema, 'The vocabulary'), ...deskErrors },
});

const decideProposal = createRoute({
  method: 'post',
  path: '/moderation/cases/{id}/proposals',
  summary: 'Accept a proposed theme or target group as a new value, or map it to a value in use',
  security,
  request: { params: CaseIdSchema, ...body(ProposalDecisionSchema) },
  responses: {
    200: json(DeskCaseSchema, 'The case after the decision'),
    404: problemResponse('No such case, or it has no such proposal.'),
    ...deskErrors,
  },
});

const merge = createRoute({
  method: 'post',
  path: '/moderation/vocabulary/merge',
  summary: 'Merge one theme (or target group) into another across all cases, e.g. a typo into the right one',
  security,
  request: body(MergeSchema),
  responses: { 200: json(z.object({ changedCases: z.array(z.string()) }), 'The cases changed'), ...deskErrors },
});

export function deskVocabularyRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(vocabulary, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        themes: await valuesInUse(deps.db, 'theme'),
        targetGroups: await valuesInUse(deps.db, 'targetGroup'),
        proposals: { themes: await openProposals(deps.db, 'theme'), targetGroups: await openProposals(deps.db, 'targetGroup') },
      },
      200,
    );
  });

  app.openapi(decideProposal, async (c) => {
    const { id } = c.req.valid('param');
    const { kind, value, mapTo } = c.req.valid('json');
    const done = await deps.db.transaction(async (tx) => {
      if (mapTo !== null && !(await valuesInUse(tx, kind)).some((v) => v.value === mapTo)) return 'unknown-target' as const;
      const result = await resolveProposal(tx, id, kind, value, mapTo);
      if (!result) return null;
      await audit(tx, c.get('moderator'), {
        action: mapTo === null ? 'accept-proposal' : 'map-proposal',
        targetType: 'case',
        targetId: id,
        before: { [kind]: result.before, proposal: value },
        after: { [kind]: result.after },
      });
      return result;
    });
    c.header('Cache-Control', 'no-store');
    if (done === 'unknown-target') return problem(c, 400, 'vocabulary-unknown', { value: mapTo ?? '' });
    if (!done) return problem(c, 404, 'proposal-not-found', { id, value });
    return c.json((await getDeskCase(deps.db, id))!, 200);
  });

  app.openapi(merge, async (c) => {
    const { kind, from, into } = c.req.valid('json');
    if (from === into) return problem(c, 400, 'vocabulary-same', { value: from });
    const changedCases = await deps.db.transaction(async (tx) => {
      const changed = await mergeValues(tx, kind, from, into);
      if (changed.length) {
        await audit(tx, c.get('moderator'), { action: 'merge', targetType: 'vocabulary', targetId: kind, before: { value: from, cases: changed }, after: { value: into } });
      }
      return changed;
    });
    c.header('Cache-Control', 'no-store');
    if (!changedCases.length) return problem(c, 404, 'vocabulary-not-used', { value: from });
    return c.json({ changedCases }, 200);
  });

  return app;
}
