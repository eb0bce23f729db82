import { createRoute, z } from '@hono/zod-openapi';
import { problemResponse } from '../../schemas/common.js';
import { DecisionResultSchema, DecisionSchema, DeskCommentContextSchema, DeskCommentSchema } from '../../schemas/desk.js';
import { audit } from '../../queries/audit.js';
import { setCommentStatus } from '../../queries/comments.js';
import { deskCommentContext, listDeskComments } from '../../queries/desk-comments.js';
import { problem } from '../../http/problem.js';
import { newRouter, type Deps } from '../../http/router.js';
import { notifyFollowers } from '../notify.js';
import { body, CommentIdSchema, deskErrors, json, ListQuerySchema, security } from './common.js';

const listComments = createRoute({
  method: 'get',
  path: '/moderation/comments',
  summary: 'Comments by status (default: pending, oldest first), with the author’s address and the case title',
  security,
  request: { query: ListQuerySchema },
  responses: { 200: json(z.object({ items: z.array(DeskCommentSchema) }), 'Comments'), ...deskErrors },
});

const getComment = createRoute({
  method: 'get',
  path: '/moderation/comments/{id}',
  summary: 'One comment in its thread: the comments it answers and its replies, any status',
  security,
  request: { params: CommentIdSchema },
  responses: { 200: json(DeskCommentContextSchema, 'The comment in context'), 404: problemResponse('No such comment.'), ...deskErrors },
});

const decide = createRoute({
  method: 'post',
  path: '/moderation/comments/{id}/{action}',
  summary: 'Publish, reject, or hide (unpublish) a comment',
  security,
  request: {
    params: CommentIdSchema.extend({ action: z.enum(['publish', 'reject', 'hide']).openapi({ param: { name: 'action', in: 'path' } }) }),
    ...body(DecisionSchema, false),
  },
  responses: { 200: json(DecisionResultSchema, 'The new status'), 404: problemResponse('No such comment.'), ...deskErrors },
});

const STATUS = { publish: 'published', reject: 'rejected', hide: 'hidden' } as const;

export function deskCommentRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(listComments, async (c) => {
    const { status, limit } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listDeskComments(deps.db, status, limit) }, 200);
  });

  app.openapi(getComment, async (c) => {
    const { id } = c.req.valid('param');
    c.header('Cache-Control', 'no-store');
    const found = await deskCommentContext(deps.db, id);
    if (!found) return problem(c, 404, 'comment-not-found', { id });
    return c.json(found, 200);
  });

  app.openapi(decide, async (c) => {
    const { id, action } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const status = STATUS[action];
    const who = c.get('moderator');
    const updated = await deps.db.transaction(async (tx) => {
      const row = await setCommentStatus(tx, id, status);
      if (!row) return null;
      // Followers hear about a comment the first time it becomes public, not on every re-publish.
      if (status === 'published' && row.previous === 'pending') await notifyFollowers(tx, deps, id);
      await audit(tx, who, { action, targetType: 'comment', targetId: id, before: { status: row.previous }, after: { status }, reason: reason ?? null });
      return row;
    });
    c.header('Cache-Control', 'no-store');
    if (!updated) return problem(c, 404, 'comment-not-found', { id });
    deps.outboxChanged();
    return c.json({ id, status, previous: updated.previous }, 200);
  });

  return app;
}
