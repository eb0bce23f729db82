import { createRoute } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { CaseIdParamSchema, commonErrors, problemResponse } from '../schemas/common.js';
import { FollowRequestSchema, FollowResponseSchema, FollowStateSchema, FollowTokenQuerySchema } from '../schemas/community.js';
import { getPublishedCase } from '../queries/cases.js';
import { confirmFollower, enqueue, unsubscribeFollower, upsertFollower } from '../queries/followers.js';
import { newToken, sha256 } from '../http/guards.js';
import { langOf, problem } from '../http/problem.js';
import { newRouter, type Deps } from '../http/router.js';

const follow = createRoute({
  method: 'post',
  path: '/cases/{id}/followers',
  summary: 'Follow a case by e-mail (double opt-in: a confirmation message is sent first)',
  request: { params: CaseIdParamSchema, body: { required: true, content: { 'application/json': { schema: FollowRequestSchema } } } },
  responses: {
    202: { description: 'Confirmation queued', content: { 'application/json': { schema: FollowResponseSchema } } },
    404: problemResponse('No published case has this id.'),
    ...commonErrors,
  },
});

const tokenRoute = (path: string, summary: string) =>
  createRoute({
    method: 'get',
    path,
    summary,
    request: { query: FollowTokenQuerySchema },
    responses: {
      200: {
        description: 'Done (JSON, or a short HTML page when the browser asks for HTML)',
        content: { 'application/json': { schema: FollowStateSchema } },
      },
      404: problemResponse('Unknown or used token.'),
      ...commonErrors,
    },
  });

const confirm = tokenRoute('/followers/confirm', 'Confirm a follow (the link in the confirmation e-mail)');
const unsubscribe = tokenRoute('/followers/unsubscribe', 'Stop following (the link in every notification)');

/** The links are opened from an e-mail, so a browser gets a page and a program gets JSON. */
function answer(c: Context, state: { status: 'confirmed' | 'unsubscribed'; caseId: string }) {
  c.header('Cache-Control', 'no-store');
  if ((c.req.header('accept') ?? '').includes('text/html')) {
    const en = langOf(c) === 'en';
    const text =
      state.status === 'confirmed'
        ? en ? 'Thank you. You now follow this case and will get an e-mail about new comments.' : 'Tak. Du følger nu casen og får en e-mail, når der kommer nye kommentarer.'
        : en ? 'You no longer follow this case.' : 'Du følger ikke længere casen.';
    return c.html(`<!doctype html><html lang="${en ? 'en' : 'da'}"><meta charset="utf-8"><title>Casekit</title><p>${text}</p></html>`);
  }
  return c.json(state, 200);
}

export function followerRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(follow, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    c.header('Cache-Control', 'no-store');
    if (input.website) return c.json({ status: 'confirmation-sent' as const }, 202);
    const found = await getPublishedCase(deps.db, id);
    if (!found) return problem(c, 404, 'case-not-found', { id });
    const confirmToken = newToken();
    await deps.db.transaction(async (tx) => {
      const follower = await upsertFollower(tx, {
        id: randomUUID(),
        caseId: id,
        email: input.email.toLowerCase(),
        confirmTokenHash: sha256(confirmToken),
        unsubscribeToken: newToken(),
      });
      // Same answer either way, so the endpoint does not reveal who already follows.
      if (!follower.needsConfirmation) return;
      const base = deps.publicUrl();
      await enqueue(tx, {
        kind: 'follow-confirmation',
        caseId: id,
        recipient: input.email.toLowerCase(),
        subject: `Bekræft, at du vil følge "${found.title}"`,
        body: [
          `Du (eller nogen med din e-mailadresse) har bedt om at følge casen "${found.title}".`,
          '',
          `Bekræft ved at åbne dette link: ${base}/api/v1/followers/confirm?token=${confirmToken}`,
          '',
          'Har du ikke bedt om det, kan du se bort fra denne e-mail.',
          `Afmeld: ${base}/api/v1/followers/unsubscribe?token=${follower.unsubscribeToken}`,
        ].join('\n'),
      });
    });
    deps.outboxChanged();
    return c.json({ status: 'confirmation-sent' as const }, 202);
  });

  app.openapi(confirm, async (c) => {
    const caseId = await confirmFollower(deps.db, sha256(c.req.valid('query').token));
    if (!caseId) return problem(c, 404, 'invalid-token');
    return answer(c, { status: 'confirmed', caseId });
  });

  app.openapi(unsubscribe, async (c) => {
    const caseId = await unsubscribeFollower(deps.db, c.req.valid('query').token);
    if (!caseId) return problem(c, 404, 'invalid-token');
    return answer(c, { status: 'unsubscribed', caseId });
  });

  return app;
}
