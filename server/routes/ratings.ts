import { createRoute, z } from '@hono/zod-openapi';
import { CaseIdParamSchema, commonErrors, problemResponse } from '../schemas/common.js';
import { QuestionParamSchema, RatingSummarySchema, RatingsSchema, VoteSchema } from '../schemas/community.js';
import { isPublished } from '../queries/cases.js';
import { ratingSummaries, upsertVote } from '../queries/ratings.js';
import { sha256, visitorAddress } from '../http/guards.js';
import { todaysSalt } from '../queries/views.js';
import { langOf, problem } from '../http/problem.js';
import { newRouter, publicCache, type Deps } from '../http/router.js';

const VoteTokenHeader = z.object({
  'x-vote-token': z.string().min(16).max(128).optional().openapi({
    description: 'Your vote token, to get your own vote back as yourVote.',
  }),
});

const getRatings = createRoute({
  method: 'get',
  path: '/cases/{id}/ratings',
  summary: 'Self-assessment per question: the owner’s answer and the readers’ distribution',
  request: { params: CaseIdParamSchema, headers: VoteTokenHeader },
  responses: {
    200: { description: 'Both questions', content: { 'application/json': { schema: RatingsSchema } } },
    404: problemResponse('No published case has this id.'),
    ...commonErrors,
  },
});

const putVote = createRoute({
  method: 'put',
  path: '/cases/{id}/ratings/{question}',
  summary: 'A reader’s vote 1–4; the same vote token again changes the vote',
  request: { params: QuestionParamSchema, body: { required: true, content: { 'application/json': { schema: VoteSchema } } } },
  responses: {
    200: { description: 'The question’s summary after the vote', content: { 'application/json': { schema: RatingSummarySchema } } },
    404: problemResponse('No published case has this id.'),
    ...commonErrors,
  },
});

export function ratingRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(getRatings, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await isPublished(deps.db, id))) return problem(c, 404, 'case-not-found', { id });
    const token = c.req.valid('header')['x-vote-token'];
    const questions = await ratingSummaries(deps.db, id, langOf(c), token ? sha256(token) : undefined);
    publicCache(c, Boolean(token));
    return c.json({ caseId: id, questions }, 200);
  });

  app.openapi(putVote, async (c) => {
    const { id, question } = c.req.valid('param');
    const vote = c.req.valid('json');
    if (!(await isPublished(deps.db, id))) return problem(c, 404, 'case-not-found', { id });
    const tokenHash = sha256(vote.voteToken);
    // Best effort against fresh tokens from one address: per address, day and question one vote
    // counts (a new token replaces that address's earlier vote); the hash is salted daily.
    const addressHash = sha256(`${await todaysSalt(deps.db)}|${visitorAddress(c, deps.config)}|${id}|${question}`);
    await deps.db.transaction((tx) => upsertVote(tx, id, question, tokenHash, vote.value, addressHash));
    const summaries = await ratingSummaries(deps.db, id, langOf(c), tokenHash);
    c.header('Cache-Control', 'no-store');
    return c.json(summaries.find((s) => s.question === question)!, 200);
  });

  return app;
}
