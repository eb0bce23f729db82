/** A reader's data: find everything about one e-mail address, export it, erase it. */
import { createRoute, z } from '@hono/zod-openapi';
import { ErasureSchema, PersonQuerySchema } from '../../schemas/desk.js';
import { audit } from '../../queries/audit.js';
import { erasePerson, findPerson } from '../../queries/privacy.js';
import { newRouter, type Deps } from '../../http/router.js';
import { body, deskErrors, json, security } from './common.js';

const PersonSchema = z
  .object({
    email: z.string(),
    comments: z.array(z.object({ id: z.string(), caseId: z.string(), caseTitle: z.string(), authorName: z.string(), text: z.string(), status: z.string(), createdAt: z.string() })),
    follows: z.array(z.object({ caseId: z.string(), caseTitle: z.string(), status: z.string(), createdAt: z.string(), confirmedAt: z.string().nullable() })),
    submittedCases: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), createdAt: z.string() })),
    messages: z.array(z.object({ kind: z.string(), subject: z.string(), createdAt: z.string(), sentAt: z.string().nullable() })),
  })
  .openapi('PersonData');

const find = createRoute({
  method: 'get',
  path: '/moderation/people',
  summary: 'Everything stored about one e-mail address (comments, follows, submitted cases, messages)',
  security,
  request: { query: PersonQuerySchema },
  responses: { 200: json(PersonSchema, 'What is stored'), ...deskErrors },
});

const exportData = createRoute({
  method: 'get',
  path: '/moderation/people/export',
  summary: 'The same, as a JSON file to hand to the reader',
  security,
  request: { query: PersonQuerySchema },
  responses: { 200: json(PersonSchema.extend({ exportedAt: z.string(), exportedBy: z.string() }), 'A JSON file (Content-Disposition: attachment)'), ...deskErrors },
});

const erase = createRoute({
  method: 'post',
  path: '/moderation/people/erase',
  summary: 'Erase an address: comments anonymised or deleted, follows and messages removed, submitted cases forget it',
  security,
  request: body(ErasureSchema),
  responses: {
    200: json(
      z.object({ commentsAnonymised: z.number().int(), commentsDeleted: z.number().int(), followsRemoved: z.number().int(), casesCleared: z.number().int(), messagesRemoved: z.number().int() }),
      'What was erased',
    ),
    ...deskErrors,
  },
});

export function deskPrivacyRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(find, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await findPerson(deps.db, c.req.valid('query').email), 200);
  });

  app.openapi(exportData, async (c) => {
    const who = c.get('moderator');
    const data = await findPerson(deps.db, c.req.valid('query').email);
    // The export is a decision about personal data too; the log names no address, only the counts.
    await audit(deps.db, who, {
      action: 'export-person',
      targetType: 'person',
      targetId: null,
      after: { comments: data.comments.length, follows: data.follows.length, submittedCases: data.submittedCases.length },
    });
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', 'attachment; filename="casekit-persondata.json"');
    return c.json({ ...data, exportedAt: new Date().toISOString(), exportedBy: who.name }, 200);
  });

  app.openapi(erase, async (c) => {
    const { email, comments } = c.req.valid('json');
    const result = await deps.db.transaction(async (tx) => {
      const done = await erasePerson(tx, email, comments);
      await audit(tx, c.get('moderator'), { action: 'erase-person', targetType: 'person', targetId: null, after: { comments, ...done } });
      return done;
    });
    c.header('Cache-Control', 'no-store');
    return c.json(result, 200);
  });

  return app;
}
