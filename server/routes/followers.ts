import { createRoute, z } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { CaseIdParamSchema, commonErrors, problemResponse } from '../schemas/common.js';
import { FollowRequestSchema, FollowResponseSchema, FollowStateSchema, FollowTokenQuerySchema } from '../schemas/community.js';
import { getPublishedCase } from '../queries/cases.js';
import { confirmFollower, enqueue, followerByToken, recentConfirmations, unsubscribeFollower, upsertFollower } from '../queries/followers.js';
import { newToken, sha256 } from '../http/guards.js';
import { langOf, problem } from '../http/problem.js';
import { newRouter, type Deps } from '../http/router.js';
import { actionPage, donePage, invalidPage, wantsHtml } from './follow-pages.js';
import { followConfirmationNotice } from './notice-text.js';

/** How long a confirmation link works; until then a repeated request sends nothing new. */
export const CONFIRM_VALID_HOURS = 48;
/** Confirmation mails one address may get in 24 hours, over all cases. */
export const CONFIRMATIONS_PER_DAY = 5;

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

/** GET: the page with the button (changes nothing). POST: the button's action. */
const tokenPage = (path: string, summary: string) =>
  createRoute({
    method: 'get',
    path,
    summary,
    description: 'Opening the link changes nothing: it shows a page whose button POSTs to the same address.',
    request: { query: FollowTokenQuerySchema },
    responses: {
      200: { description: 'A page with one button', content: { 'text/html': { schema: z.string() } } },
      404: problemResponse('Unknown, expired or used token.'),
      ...commonErrors,
    },
  });

const tokenAction = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path,
    summary,
    request: {
      body: {
        required: false,
        content: {
          'application/x-www-form-urlencoded': { schema: FollowTokenQuerySchema },
          'application/json': { schema: FollowTokenQuerySchema },
        },
      },
      query: FollowTokenQuerySchema.partial(),
    },
    responses: {
      200: {
        description: 'Done (JSON, or a short HTML page when the browser asks for HTML)',
        content: { 'application/json': { schema: FollowStateSchema } },
      },
      404: problemResponse('Unknown, expired or used token.'),
      ...commonErrors,
    },
  });

const confirmPage = tokenPage('/followers/confirm', 'The confirmation link in the e-mail: a page with a "Bekræft" button');
const unsubscribePage = tokenPage('/followers/unsubscribe', 'The unsubscribe link in every e-mail: a page with an "Afmeld" button');
const confirm = tokenAction('/followers/confirm', 'Confirm a follow (the button on the confirmation page)');
const unsubscribe = tokenAction('/followers/unsubscribe', 'Stop following (the button on the unsubscribe page)');

/** The token from the form, the JSON body or the address (the page's form posts back to its own address). */
function tokenOf(c: Context): string | undefined {
  const req = c.req as unknown as { valid(target: 'form' | 'json' | 'query'): { token?: string } };
  return req.valid('form')?.token ?? req.valid('json')?.token ?? req.valid('query')?.token;
}

function answer(c: Context, state: { status: 'confirmed' | 'unsubscribed'; caseId: string }) {
  c.header('Cache-Control', 'no-store');
  return wantsHtml(c) ? donePage(c, state.status) : c.json(state, 200);
}

const invalid = (c: Context) => (wantsHtml(c) ? invalidPage(c) : problem(c, 404, 'invalid-token'));

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
    const email = input.email.toLowerCase();
    // The reader's language when following decides the language of every mail they get.
    const lang = langOf(c);
    await deps.db.transaction(async (tx) => {
      // Mail bombing: an address gets at most a few confirmation mails a day, whichever cases.
      if ((await recentConfirmations(tx, email, 24)) >= CONFIRMATIONS_PER_DAY) return;
      const follower = await upsertFollower(tx, {
        id: randomUUID(),
        caseId: id,
        email,
        confirmTokenHash: sha256(confirmToken),
        unsubscribeToken: newToken(),
        validHours: CONFIRM_VALID_HOURS,
        lang,
      });
      // Same answer either way, so the endpoint does not reveal who already follows; and a
      // repeated request neither sends again nor cancels the link already sent.
      if (!follower.needsConfirmation) return;
      const base = deps.publicUrl();
      const notice = followConfirmationNotice(
        {
          title: found.title,
          confirmUrl: `${base}/api/v1/followers/confirm?token=${confirmToken}`,
          unsubscribeUrl: `${base}/api/v1/followers/unsubscribe?token=${follower.unsubscribeToken}`,
          validHours: CONFIRM_VALID_HOURS,
        },
        lang,
      );
      await enqueue(tx, { kind: 'follow-confirmation', caseId: id, recipient: email, lang, ...notice });
    });
    deps.outboxChanged();
    return c.json({ status: 'confirmation-sent' as const }, 202);
  });

  app.openapi(confirmPage, async (c) => {
    const { token } = c.req.valid('query');
    if (!(await followerByToken(deps.db, 'confirm', sha256(token), CONFIRM_VALID_HOURS))) return invalid(c);
    return actionPage(c, 'confirm', token);
  });

  app.openapi(unsubscribePage, async (c) => {
    const { token } = c.req.valid('query');
    if (!(await followerByToken(deps.db, 'unsubscribe', token, CONFIRM_VALID_HOURS))) return invalid(c);
    return actionPage(c, 'unsubscribe', token);
  });

  app.openapi(confirm, async (c) => {
    const token = tokenOf(c);
    const caseId = token ? await confirmFollower(deps.db, sha256(token), CONFIRM_VALID_HOURS) : null;
    if (!caseId) return invalid(c);
    return answer(c, { status: 'confirmed', caseId });
  });

  app.openapi(unsubscribe, async (c) => {
    const token = tokenOf(c);
    const caseId = token ? await unsubscribeFollower(deps.db, token) : null;
    if (!caseId) return invalid(c);
    return answer(c, { status: 'unsubscribed', caseId });
  });

  return app;
}
