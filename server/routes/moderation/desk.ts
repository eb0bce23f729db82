/** The desk's overview (waiting work), its audit log, and the moderator accounts. */
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponse } from '../../schemas/common.js';
import { AuditEntrySchema, AuditQuerySchema, ModeratorAccountSchema, NewModeratorSchema, WaitingWorkSchema } from '../../schemas/desk.js';
import { audit, listAudit } from '../../queries/audit.js';
import { addModerator, listModerators, revokeModerator } from '../../queries/moderators.js';
import { waitingWork } from '../../desk/jobs.js';
import { problem } from '../../http/problem.js';
import { newRouter, type Deps } from '../../http/router.js';
import { body, deskErrors, json, security } from './common.js';

const summary = createRoute({
  method: 'get',
  path: '/moderation/summary',
  summary: 'What waits: counts and the oldest waiting item; and who is asking',
  security,
  responses: {
    200: json(WaitingWorkSchema.extend({ moderator: z.object({ id: z.string(), name: z.string() }) }), 'Waiting work'),
    ...deskErrors,
  },
});

const auditLog = createRoute({
  method: 'get',
  path: '/moderation/audit',
  summary: 'The audit log: every decision, newest first (who, what, when, before and after)',
  security,
  request: { query: AuditQuerySchema },
  responses: { 200: json(z.object({ items: z.array(AuditEntrySchema) }), 'Entries'), ...deskErrors },
});

const moderators = createRoute({
  method: 'get',
  path: '/moderation/moderators',
  summary: 'The moderator accounts (never their tokens)',
  security,
  responses: { 200: json(z.object({ items: z.array(ModeratorAccountSchema) }), 'Accounts'), ...deskErrors },
});

const addAccount = createRoute({
  method: 'post',
  path: '/moderation/moderators',
  summary: 'Create a named moderator; the answer holds its token, shown this once',
  security,
  request: body(NewModeratorSchema),
  responses: { 201: json(z.object({ account: ModeratorAccountSchema, token: z.string() }), 'Created'), ...deskErrors },
});

const revokeAccount = createRoute({
  method: 'post',
  path: '/moderation/moderators/{id}/revoke',
  summary: 'Revoke a moderator: their token is refused from the next request on',
  security,
  request: { params: z.object({ id: z.string().min(1).max(120).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: json(ModeratorAccountSchema, 'Revoked'), 404: problemResponse('No active moderator with this id.'), ...deskErrors },
});

export function deskRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(summary, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ ...(await waitingWork(deps.db)), moderator: c.get('moderator') }, 200);
  });

  app.openapi(auditLog, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listAudit(deps.db, c.req.valid('query')) }, 200);
  });

  app.openapi(moderators, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listModerators(deps.db) }, 200);
  });

  app.openapi(addAccount, async (c) => {
    const input = c.req.valid('json');
    const created = await deps.db.transaction(async (tx) => {
      const made = await addModerator(tx, { name: input.name, email: input.email ?? null });
      await audit(tx, c.get('moderator'), { action: 'add-moderator', targetType: 'moderator', targetId: made.account.id, after: { name: made.account.name } });
      return made;
    });
    c.header('Cache-Control', 'no-store');
    return c.json(created, 201);
  });

  app.openapi(revokeAccount, async (c) => {
    const { id } = c.req.valid('param');
    const revoked = await deps.db.transaction(async (tx) => {
      const [account] = await revokeModerator(tx, id);
      if (account) await audit(tx, c.get('moderator'), { action: 'revoke-moderator', targetType: 'moderator', targetId: account.id, before: { name: account.name } });
      return account;
    });
    c.header('Cache-Control', 'no-store');
    if (!revoked) return problem(c, 404, 'moderator-not-found', { id });
    return c.json(revoked, 200);
  });

  return app;
}
