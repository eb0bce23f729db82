/** Shapes of the editorial desk's API (moderators only). */
import { z } from '@hono/zod-openapi';
import { CaseSchema, CaseContentSchema, EconomyBracketSchema, InterventionTypeSchema } from './cases.js';
import { CaseSectionSchema } from './common.js';
import { CommentStatusSchema } from './community.js';
import type { AuditEntry, DecisionResult, DeskCase, DeskComment, DeskCommentContext, DeskVocabulary, ModeratorAccount, WaitingWork } from '../../contract/index.js';
import type { Equal, Expect } from './type-checks.js';

const tags = (max: number) => z.array(z.string().trim().min(1).max(80)).max(max);

/**
 * What a submitted or corrected case must satisfy, beyond the field limits: the fixed economy
 * brackets, an intervention type, at least one municipality and contact.
 */
export const CaseRulesSchema = z.object({
  municipalities: tags(20).min(1),
  interventionType: InterventionTypeSchema,
  economyBracket: EconomyBracketSchema.nullable().default(null),
  contacts: CaseContentSchema.shape.contacts.unwrap().min(1),
});

/** Every content field, optional and without its default: a field left out of a correction is not touched. */
const correctable = Object.fromEntries(
  Object.entries(CaseContentSchema.shape).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional()]),
) as unknown as { [K in keyof typeof CaseContentSchema.shape]: z.ZodOptional<z.ZodType<z.output<(typeof CaseContentSchema.shape)[K]>>> };

/** A correction: any content field; what is left out stays as it is. The result is checked as a whole. */
export const CaseCorrectionSchema = z
  .object(correctable)
  .extend({
    reason: z.string().trim().max(2000).optional().openapi({ description: 'Why, for the audit log.' }),
    expectedVersion: z.number().int().min(1).optional().openapi({
      description: 'The version the correction was made on; a newer one on the server answers 409 instead of overwriting it.',
    }),
  })
  .strict()
  .openapi('CaseCorrection');

export const DeskCaseSchema = CaseSchema.extend({
  submitterEmail: z.string().nullable().openapi({ description: 'Moderators only; never public.' }),
  submitterLang: z.enum(['da', 'en']),
  version: z.number().int(),
  correctedAt: z.string().nullable(),
  proposals: z.object({ themes: z.array(z.string()), targetGroups: z.array(z.string()) }).openapi({
    description: 'Values the submitter proposed that are not in use; they are shown among themes/targetGroups and publishing accepts them.',
  }),
}).openapi('DeskCase');

export const DeskCommentSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseTitle: z.string(),
    parentId: z.string().nullable(),
    authorName: z.string(),
    email: z.string().nullable().openapi({ description: 'Moderators only.' }),
    text: z.string(),
    section: CaseSectionSchema.nullable(),
    status: CommentStatusSchema,
    createdAt: z.string(),
  })
  .openapi('DeskComment');

export const DeskCommentContextSchema = z
  .object({
    comment: DeskCommentSchema,
    /** From the top-level comment down to the direct parent. */
    ancestors: z.array(DeskCommentSchema),
    replies: z.array(DeskCommentSchema),
  })
  .openapi('DeskCommentContext');

export const DecisionSchema = z
  .object({ reason: z.string().trim().max(2000).optional().openapi({ description: 'Required to reject a case: it is e-mailed to the submitter.' }) })
  .strict()
  .openapi('Decision');

export const DecisionResultSchema = z
  .object({ id: z.string(), status: z.string(), previous: z.string(), mailed: z.boolean().optional() })
  .openapi('DecisionResult');

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    moderatorId: z.string().nullable(),
    moderatorName: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
  })
  .openapi('AuditEntry');

export const AuditQuerySchema = z.object({
  targetType: z.enum(['case', 'comment', 'vocabulary', 'person', 'moderator']).optional(),
  targetId: z.string().max(200).optional(),
  before: z.coerce.number().int().min(1).optional().openapi({ description: 'Entries older than this id (paging).' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const VocabularyKindSchema = z.enum(['theme', 'targetGroup']);

export const VocabularySchema = z
  .object({
    themes: z.array(z.object({ value: z.string(), count: z.number().int() })),
    targetGroups: z.array(z.object({ value: z.string(), count: z.number().int() })),
    proposals: z.object({
      themes: z.array(z.object({ value: z.string(), caseIds: z.array(z.string()) })),
      targetGroups: z.array(z.object({ value: z.string(), caseIds: z.array(z.string()) })),
    }),
  })
  .openapi('DeskVocabulary');

export const ProposalDecisionSchema = z
  .object({
    kind: VocabularyKindSchema,
    value: z.string().trim().min(1).max(80),
    mapTo: z.string().trim().min(1).max(80).nullable().default(null).openapi({
      description: 'A value in use to map the proposal to; null accepts the proposal as a new value.',
    }),
  })
  .strict()
  .openapi('ProposalDecision');

export const MergeSchema = z
  .object({ kind: VocabularyKindSchema, from: z.string().trim().min(1).max(80), into: z.string().trim().min(1).max(80) })
  .strict()
  .openapi('VocabularyMerge');

export const WaitingWorkSchema = z
  .object({
    pendingCases: z.number().int(),
    pendingComments: z.number().int(),
    openProposals: z.number().int(),
    oldest: z
      .object({ kind: z.enum(['case', 'comment']), id: z.string(), title: z.string(), createdAt: z.string() })
      .nullable(),
  })
  .openapi('WaitingWork');

export const PersonQuerySchema = z.object({ email: z.email().max(200) });

export const ErasureSchema = z
  .object({
    email: z.email().max(200),
    comments: z.enum(['anonymise', 'delete']).openapi({ description: 'Keep the texts without name and address, or delete them.' }),
  })
  .strict()
  .openapi('Erasure');

export const ModeratorAccountSchema = z
  .object({ id: z.string(), name: z.string(), email: z.string().nullable(), createdAt: z.string(), revokedAt: z.string().nullable() })
  .openapi('ModeratorAccount');

export const NewModeratorSchema = z
  .object({ name: z.string().trim().min(1).max(120), email: z.email().max(200).nullable().optional() })
  .strict()
  .openapi('NewModerator');

// The schemas above and the contract's types must describe the same JSON.
export type _DeskChecks = [
  Expect<Equal<z.infer<typeof DeskCaseSchema>, DeskCase>>,
  Expect<Equal<z.infer<typeof DeskCommentSchema>, DeskComment>>,
  Expect<Equal<z.infer<typeof DeskCommentContextSchema>, DeskCommentContext>>,
  Expect<Equal<z.infer<typeof DecisionResultSchema>, DecisionResult>>,
  Expect<Equal<z.infer<typeof AuditEntrySchema>, AuditEntry>>,
  Expect<Equal<z.infer<typeof WaitingWorkSchema>, WaitingWork>>,
  Expect<Equal<z.infer<typeof VocabularySchema>, DeskVocabulary>>,
  Expect<Equal<z.infer<typeof ModeratorAccountSchema>, ModeratorAccount>>,
];
