import { createRoute, z } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import type { Comment } from '../../contract/index.js';
import { CaseIdParamSchema, commonErrors, problemResponse } from '../schemas/common.js';
import {
  CommentListParamsSchema,
  CommentListSchema,
  CommentPostResponseSchema,
  CommentPostSchema,
} from '../schemas/community.js';
import { isPublished, publishedMunicipalities } from '../queries/cases.js';
import { imitatesMunicipality } from '../text/impersonation.js';
import { DUPLICATE_WINDOW_MINUTES, findDuplicate, insertComment, isVisible, listComments, replyParent } from '../queries/comments.js';
import { newToken, sha256 } from '../http/guards.js';
import { problem } from '../http/problem.js';
import { newRouter, publicCache, type Deps } from '../http/router.js';
import { notifyFollowers } from './notify.js';

const AuthorTokenHeader = z.object({
  'x-author-token': z.string().max(2000).optional().openapi({
    description: 'One or more author tokens (comma-separated) from earlier posts: your own held comments are included with their status.',
  }),
});

const getComments = createRoute({
  method: 'get',
  path: '/cases/{id}/comments',
  summary: 'The discussion of a case, threaded',
  request: { params: CaseIdParamSchema, query: CommentListParamsSchema, headers: AuthorTokenHeader },
  responses: {
    200: { description: 'A page of top-level comments with nested replies', content: { 'application/json': { schema: CommentListSchema } } },
    404: problemResponse('No published case has this id.'),
    ...commonErrors,
  },
});

const postComment = createRoute({
  method: 'post',
  path: '/cases/{id}/comments',
  summary: 'Post a comment or a reply as a guest',
  request: { params: CaseIdParamSchema, body: { required: true, content: { 'application/json': { schema: CommentPostSchema } } } },
  responses: {
    201: { description: 'Stored; published at once or held for moderation (see comment.status)', content: { 'application/json': { schema: CommentPostResponseSchema } } },
    404: problemResponse('No published case has this id.'),
    409: problemResponse('parentId is not a visible comment on this case, or the same comment was just posted.'),
    ...commonErrors,
    413: problemResponse('Body over 64 KB.'),
    415: problemResponse('Body is not JSON.'),
  },
});

export function commentRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(getComments, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    if (!(await isPublished(deps.db, id))) return problem(c, 404, 'case-not-found', { id });
    const tokens = (c.req.valid('header')['x-author-token'] ?? '').split(',').map((t) => t.trim()).filter(Boolean).slice(0, 50);
    if (query.parent && !(await isVisible(deps.db, id, query.parent))) return problem(c, 404, 'comment-not-found', { id: query.parent });
    const list = await listComments(deps.db, id, { ...query, parentId: query.parent, ownTokenHashes: tokens.map(sha256) });
    publicCache(c, tokens.length > 0);
    return c.json({ ...list, page: query.page, pageSize: query.pageSize }, 200);
  });

  app.openapi(postComment, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const authorToken = newToken();
    const municipalities = await publishedMunicipalities(deps.db, id);
    if (!municipalities) return problem(c, 404, 'case-not-found', { id });
    // A name that reads as the kommune's own voice waits for a moderator, whatever the setting.
    const held = deps.config.commentModeration === 'pre' || imitatesMunicipality(input.authorName, municipalities);
    const status = held ? 'pending' : 'published';
    const draft: Comment = {
      id: randomUUID(),
      parentId: input.parentId ?? null,
      authorName: input.authorName,
      text: input.text,
      section: input.section ?? null,
      createdAt: new Date().toISOString(),
      status,
      own: true,
      replies: [],
    };
    c.header('Cache-Control', 'no-store');
    // A bot filled the hidden field: answer as if all went well, store nothing.
    if (input.website) return c.json({ comment: draft, authorToken }, 201);

    const outcome = await deps.db.transaction(async (tx) => {
      if (!(await isPublished(tx, id))) return 'no-case' as const;
      if (draft.parentId) {
        const parentId = await replyParent(tx, id, draft.parentId);
        if (!parentId) return 'no-parent' as const;
        draft.parentId = parentId;
      }
      const email = input.email ? input.email : null;
      // The same text from the same name under the same parent moments ago: a double click or a retry.
      if (await findDuplicate(tx, { caseId: id, parentId: draft.parentId, authorName: draft.authorName, text: draft.text, email })) {
        return 'duplicate' as const;
      }
      const comment = await insertComment(tx, { ...draft, caseId: id, email, authorTokenHash: sha256(authorToken) });
      if (status === 'published') await notifyFollowers(tx, deps, comment.id);
      return comment;
    });
    if (outcome === 'no-case') return problem(c, 404, 'case-not-found', { id });
    if (outcome === 'no-parent') return problem(c, 409, 'parent-not-found', { id: input.parentId ?? '' });
    if (outcome === 'duplicate') return problem(c, 409, 'duplicate-comment', { minutes: DUPLICATE_WINDOW_MINUTES });
    if (status === 'published') deps.outboxChanged();
    c.header('Location', `/api/v1/cases/${id}/comments#${outcome.id}`);
    return c.json({ comment: outcome, authorToken }, 201);
  });

  return app;
}
