import { z } from '@hono/zod-openapi';
import {
  COMMENT_SORTS,
  COMMENT_STATUSES,
  LIMITS,
  type Comment,
  type CommentList,
  type CommentListParams,
  type CommentPost,
  type CommentPostResponse,
  type FollowRequest,
  type FollowResponse,
  type FollowState,
  type RatingSummary,
  type Ratings,
  type Vote,
} from '../../contract/index.js';
import { CaseSectionSchema, QuestionKeySchema, ScaleValueSchema } from './common.js';
import { freeText, nameText } from './guest-text.js';
import type { Accepts, Equal, Expect } from './type-checks.js';

// ---- Ratings -------------------------------------------------------------

export const RatingSummarySchema = z
  .object({
    question: QuestionKeySchema,
    label: z.string().openapi({ example: 'Er formålet opfyldt?' }),
    ownerAnswer: ScaleValueSchema.nullable().openapi({ description: 'The case owner’s own answer.' }),
    distribution: z
      .array(z.number().int())
      .length(4)
      .openapi({ description: 'Readers’ votes for steps 1–4 (index 0 = Slet ikke).', example: [0, 1, 3, 5] }),
    count: z.number().int(),
    yourVote: ScaleValueSchema.nullable().optional().openapi({
      description: 'The vote recorded for the vote token sent (X-Vote-Token header or PUT body).',
    }),
  })
  .openapi('RatingSummary');

export const RatingsSchema = z
  .object({ caseId: z.string(), questions: z.array(RatingSummarySchema) })
  .openapi('Ratings');

export const VoteSchema = z
  .object({
    value: ScaleValueSchema,
    voteToken: z
      .string()
      .min(LIMITS.token.min)
      .max(LIMITS.token.max)
      .regex(/^[A-Za-z0-9_-]+$/)
      .openapi({ description: 'Random token the client creates at its first vote; the same token changes the vote.' }),
  })
  .openapi('Vote');

export const QuestionParamSchema = z.object({
  id: z.string().min(1).max(LIMITS.caseId).openapi({ param: { name: 'id', in: 'path' } }),
  question: QuestionKeySchema.openapi({ param: { name: 'question', in: 'path' } }),
});

// ---- Comments ------------------------------------------------------------

export const CommentStatusSchema = z
  .enum(COMMENT_STATUSES)
  .openapi('CommentStatus');

/** @deprecated The contract's `Comment`; kept for code written before contract/. */
export type CommentShape = Comment;

const CommentBaseSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  authorName: z.string(),
  text: z.string().openapi({ description: 'Plain text; render it as text, never as HTML.' }),
  section: CaseSectionSchema.nullable(),
  createdAt: z.string().openapi({ format: 'date-time' }),
  status: CommentStatusSchema.openapi({
    description: 'Always "published" in public lists, except for your own comments (see X-Author-Token).',
  }),
  own: z.boolean().optional().openapi({ description: 'True when one of the X-Author-Token tokens wrote it.' }),
});

export const CommentSchema: z.ZodType<Comment> = CommentBaseSchema.extend({
  replies: z.array(z.lazy(() => CommentSchema)).openapi({
    description: `The first replies, oldest first (at most ${LIMITS.thread.repliesShown}; see moreReplies). Threads are at most ${LIMITS.thread.depth} levels deep.`,
  }),
  moreReplies: z.boolean().optional().openapi({
    description: 'True when there are more replies than shown: load them with ?parent=<this id>.',
  }),
}).openapi('Comment');

export const CommentListParamsSchema = z.object({
  sort: z.enum(COMMENT_SORTS).default('newest'),
  page: z.coerce.number().int().min(1).max(LIMITS.page.max).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.page.size).default(20),
  parent: z.string().min(1).max(LIMITS.comment.parentId).optional().openapi({
    description: 'A page of the replies to this comment (oldest first) instead of the top-level comments.',
  }),
});

export const CommentListSchema = z
  .object({
    items: z.array(CommentSchema).openapi({ description: 'Top-level comments of this page, replies nested.' }),
    total: z.number().int().openapi({ description: 'Visible comments in all, replies included.' }),
    topLevelTotal: z.number().int().openapi({ description: 'Visible top-level comments, or with ?parent the visible replies to it (what paging counts).' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('CommentList');

export const CommentPostSchema = z
  .object({
    authorName: nameText(LIMITS.comment.authorName).openapi({ description: 'Needs a visible letter; bidi control characters are removed.' }),
    email: z
      .union([z.email().max(LIMITS.comment.email), z.literal('')])
      .optional()
      .openapi({ description: 'Optional; never returned by any public endpoint.' }),
    text: freeText(LIMITS.comment.text),
    parentId: z.string().max(LIMITS.comment.parentId).nullable().optional(),
    section: CaseSectionSchema.nullable().optional(),
    website: z.string().max(LIMITS.honeypot).optional().openapi({ description: 'Honeypot: humans leave it empty.' }),
  })
  .openapi('CommentPost');

export const CommentPostResponseSchema = z
  .object({
    comment: CommentSchema,
    authorToken: z.string().openapi({
      description: 'Secret for the author: send it as X-Author-Token to see this comment’s status while it is held.',
    }),
  })
  .openapi('CommentPostResponse');

// ---- Followers -----------------------------------------------------------

export const FollowRequestSchema = z
  .object({
    email: z.email().max(LIMITS.follow.email),
    website: z.string().max(LIMITS.honeypot).optional().openapi({ description: 'Honeypot: humans leave it empty.' }),
  })
  .openapi('FollowRequest');

export const FollowResponseSchema = z
  .object({
    status: z.literal('confirmation-sent').openapi({
      description: 'A confirmation e-mail was queued (the same answer whether or not the address already follows).',
    }),
  })
  .openapi('FollowResponse');

export const FollowTokenQuerySchema = z.object({
  token: z.string().min(LIMITS.token.min).max(LIMITS.token.max).openapi({ param: { name: 'token', in: 'query' } }),
});

export const FollowStateSchema = z
  .object({ status: z.enum(['confirmed', 'unsubscribed']), caseId: z.string() })
  .openapi('FollowState');

// The schemas above and the contract's types must describe the same JSON.
export type _CommunityChecks = [
  Expect<Equal<z.infer<typeof RatingSummarySchema>, RatingSummary>>,
  Expect<Equal<z.infer<typeof RatingsSchema>, Ratings>>,
  Expect<Equal<z.infer<typeof VoteSchema>, Vote>>,
  Expect<Equal<z.infer<typeof CommentListSchema>, CommentList>>,
  Expect<Equal<z.infer<typeof CommentPostResponseSchema>, CommentPostResponse>>,
  Expect<Equal<z.infer<typeof FollowResponseSchema>, FollowResponse>>,
  Expect<Equal<z.infer<typeof FollowStateSchema>, FollowState>>,
  Expect<Equal<z.infer<typeof CommentBaseSchema>, Omit<Comment, 'replies' | 'moreReplies'>>>,
  Expect<Accepts<z.input<typeof CommentPostSchema>, CommentPost>>,
  Expect<Accepts<z.input<typeof CommentListParamsSchema>, CommentListParams>>,
  Expect<Accepts<z.input<typeof FollowRequestSchema>, FollowRequest>>,
];
