import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, problemResponse } from '../schemas/common.js';
import {
  CaseActionParamsSchema,
  CommentActionParamsSchema,
  ModerationCaseSchema,
  ModerationCommentSchema,
  ModerationListParamsSchema,
  ModerationResultSchema,
} from '../schemas/moderation.js';
import { listCasesByStatus, setCaseStatus } from '../queries/cases.js';
import { listCommentsByStatus, setCommentStatus } from '../queries/comments.js';
import { problem } from '../http/problem.js';
import { newRouter, type Deps } from '../http/router.js';
import { notifyFollowers } from './notify.js';

const security = [{ moderatorToken: [] }];
const authErrors = {
  ...commonErrors,
  401: problemResponse('Missing or wrong moderator token.'),
  503: problemResponse('Moderation is disabled (the server has no MODERATOR_TOKEN), or the database is unavailable for the moment.'),
};

const listComments = createRoute({
  method: 'get',
  path: '/moderation/comments',
  summary: 'Comments by status (default: pending)',
  security,
  request: { query: ModerationListParamsSchema },
  responses: {
    200: { description: 'Comments, newest first', content: { 'application/json': { schema: z.object({ items: z.array(ModerationCommentSchema) }) } } },
    ...authErrors,
  },
});

const listCases = createRoute({
  method: 'get',
  path: '/moderation/cases',
  summary: 'Cases by status (default: pending)',
  security,
  request: { query: ModerationListParamsSchema },
  responses: {
    200: { description: 'Cases, newest first', content: { 'application/json': { schema: z.object({ items: z.array(ModerationCaseSchema) }) } } },
    ...authErrors,
  },
});

const actOnComment = createRoute({
  method: 'post',
  path: '/moderation/comments/{id}/{action}',
  summary: 'Publish, reject or hide a comment',
  security,
  request: { params: CommentActionParamsSchema },
  responses: {
    200: { description: 'New status', content: { 'application/json': { schema: ModerationResultSchema } } },
    404: problemResponse('No such comment.'),
    ...authErrors,
  },
});

const actOnCase = createRoute({
  method: 'post',
  path: '/moderation/cases/{id}/{action}',
  summary: 'Publish or reject a case',
  security,
  request: { params: CaseActionParamsSchema },
  responses: {
    200: { description: 'New status', content: { 'application/json': { schema: ModerationResultSchema } } },
    404: problemResponse('No such case.'),
    ...authErrors,
  },
});

const STATUS = { publish: 'published', reject: 'rejected', hide: 'hidden' } as const;

export function moderationRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(listComments, async (c) => {
    const { status, limit } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listCommentsByStatus(deps.db, status, limit) }, 200);
  });

  app.openapi(listCases, async (c) => {
    const { status, limit } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listCasesByStatus(deps.db, status, limit) }, 200);
  });

  app.openapi(actOnComment, async (c) => {
    const { id, action } = c.req.valid('param');
    const status = STATUS[action];
    const updated = await deps.db.transaction(async (tx) => {
      const row = await setCommentStatus(tx, id, status);
      // Followers hear about a comment the first time it becomes public, not on every re-publish.
      if (row && status === 'published' && row.previous === 'pending') await notifyFollowers(tx, deps, id);
      return row;
    });
    if (!updated) return problem(c, 404, 'comment-not-found', { id });
    deps.outboxChanged();
    c.header('Cache-Control', 'no-store');
    return c.json({ id, status }, 200);
  });

  app.openapi(actOnCase, async (c) => {
    const { id, action } = c.req.valid('param');
    const status = action === 'publish' ? 'published' : 'rejected';
    if (!(await setCaseStatus(deps.db, id, status))) return problem(c, 404, 'case-not-found', { id });
    c.header('Cache-Control', 'no-store');
    return c.json({ id, status }, 200);
  });

  return app;
}
