import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, problemResponse } from '../schemas/common.js';
import { failedMessages, retryFailed } from '../mail/outbox.js';
import { problem } from '../http/problem.js';
import { newRouter, type Deps } from '../http/router.js';

const FailedMailSchema = z
  .object({
    id: z.number().int(),
    kind: z.string().openapi({ example: 'follow-confirmation' }),
    caseId: z.string().nullable(),
    recipient: z.string(),
    subject: z.string(),
    attempts: z.number().int(),
    lastError: z.string().nullable().openapi({ description: 'What the relay (or the connection to it) answered last' }),
    createdAt: z.string(),
    failedAt: z.string(),
  })
  .openapi('FailedMail');

const security = [{ moderatorToken: [] }];
const authErrors = {
  ...commonErrors,
  401: problemResponse('Missing or wrong moderator token.'),
  503: problemResponse('Moderation is disabled (the server has no MODERATOR_TOKEN), or the database is unavailable for the moment.'),
};

const listFailed = createRoute({
  method: 'get',
  path: '/moderation/mail',
  summary: 'E-mails that could not be delivered after every retry (MAIL_RETRY_HOURS) or that the relay refused for good',
  security,
  responses: {
    200: { description: 'Failed messages, newest first', content: { 'application/json': { schema: z.object({ failed: z.array(FailedMailSchema) }) } } },
    ...authErrors,
  },
});

const retry = createRoute({
  method: 'post',
  path: '/moderation/mail/{id}/retry',
  summary: 'Try a failed e-mail once more (after the relay or the address was fixed)',
  security,
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: {
    202: { description: 'Queued again', content: { 'application/json': { schema: z.object({ status: z.literal('queued') }) } } },
    404: problemResponse('No failed message has this id.'),
    ...authErrors,
  },
});

/** Mail that finally failed is never dropped silently: moderators see it and may send it again. */
export function mailModerationRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(listFailed, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ failed: await failedMessages(deps.db) }, 200);
  });
  app.openapi(retry, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!(await retryFailed(deps.db, c.req.valid('param').id))) return problem(c, 404, 'not-found');
    deps.outboxChanged();
    return c.json({ status: 'queued' as const }, 202);
  });
  return app;
}
