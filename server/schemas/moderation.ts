import { z } from '@hono/zod-openapi';
import { CaseSectionSchema } from './common.js';
import { CaseStatusSchema } from './cases.js';
import { CommentStatusSchema } from './community.js';
import type { ModerationCase, ModerationComment, ModerationResult } from '../../contract/index.js';
import type { Equal, Expect } from './type-checks.js';

export const ModerationCommentSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    parentId: z.string().nullable(),
    authorName: z.string(),
    email: z.string().nullable().openapi({ description: 'Shown to moderators only.' }),
    text: z.string(),
    section: CaseSectionSchema.nullable(),
    status: CommentStatusSchema,
    createdAt: z.string(),
  })
  .openapi('ModerationComment');

export const ModerationCaseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    municipalities: z.array(z.string()),
    status: CaseStatusSchema,
    submitterEmail: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ModerationCase');

export const ModerationListParamsSchema = z.object({
  status: z.enum(['pending', 'published', 'rejected', 'hidden']).default('pending'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const CommentActionParamsSchema = z.object({
  id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }),
  action: z.enum(['publish', 'reject', 'hide']).openapi({ param: { name: 'action', in: 'path' } }),
});

export const CaseActionParamsSchema = z.object({
  id: z.string().min(1).max(120).openapi({ param: { name: 'id', in: 'path' } }),
  action: z.enum(['publish', 'reject']).openapi({ param: { name: 'action', in: 'path' } }),
});

export const ModerationResultSchema = z
  .object({ id: z.string(), status: z.string() })
  .openapi('ModerationResult');

// The schemas above and the contract's types must describe the same JSON.
export type _ModerationChecks = [
  Expect<Equal<z.infer<typeof ModerationCommentSchema>, ModerationComment>>,
  Expect<Equal<z.infer<typeof ModerationCaseSchema>, ModerationCase>>,
  Expect<Equal<z.infer<typeof ModerationResultSchema>, ModerationResult>>,
];
