/**
 * The case API's JSON shapes as TypeScript types, for the browser client.
 * Type-only: importing this module adds nothing to a bundle.
 */
import type { z } from '@hono/zod-openapi';
import type {
  CASE_SECTIONS,
  CaseSectionSchema,
  ProblemSchema,
  QuestionKeySchema,
  ScaleValueSchema,
} from './schemas/common.js';
import type {
  CaseKindSchema,
  CaseSchema,
  CaseSearchParamsSchema,
  CaseSearchResultSchema,
  CaseStatusSchema,
  CaseSummarySchema,
  ContactSchema,
  FacetValueSchema,
  FacetsSchema,
  FACETS,
  InterventionTypeSchema,
  MaterialSchema,
  NewCaseResponseSchema,
  NewCaseSchema,
  QuoteSchema,
  SelfAssessmentSchema,
  SORTS,
  ViewResultSchema,
} from './schemas/cases.js';
import type {
  CommentListParamsSchema,
  CommentListSchema,
  CommentPostResponseSchema,
  CommentPostSchema,
  CommentShape,
  CommentStatusSchema,
  FollowRequestSchema,
  FollowResponseSchema,
  FollowStateSchema,
  RatingSummarySchema,
  RatingsSchema,
  VoteSchema,
} from './schemas/community.js';

/** Anchor keys of the case sections, e.g. 'formaal', 'maalgruppe', … 'relaterede'. */
export type CaseSection = z.infer<typeof CaseSectionSchema>;
export type CaseSections = typeof CASE_SECTIONS;
/** 'formaal' ("Er formålet opfyldt?") | 'implementering' ("Er indsatsen blevet implementeret som planlagt?"). */
export type QuestionKey = z.infer<typeof QuestionKeySchema>;
/** 1 Slet ikke · 2 I mindre grad · 3 I nogen grad · 4 I høj grad. */
export type ScaleValue = z.infer<typeof ScaleValueSchema>;
export type Problem = z.infer<typeof ProblemSchema>;

export type CaseStatus = z.infer<typeof CaseStatusSchema>;
export type CaseKind = z.infer<typeof CaseKindSchema>;
export type InterventionType = z.infer<typeof InterventionTypeSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Material = z.infer<typeof MaterialSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export type Case = z.infer<typeof CaseSchema>;
/** Input of POST /cases. */
export type NewCase = z.input<typeof NewCaseSchema>;
export type NewCaseResponse = z.infer<typeof NewCaseResponseSchema>;

export type CaseSort = (typeof SORTS)[number];
export type FacetName = (typeof FACETS)[number];
/** The facets and sorts as the server lists them, for clients that must list them in the same order. */
export type FacetNames = typeof FACETS;
export type CaseSorts = typeof SORTS;
/** Query of GET /cases (repeatable filters accept a string or a list). */
export type CaseSearchParams = z.input<typeof CaseSearchParamsSchema>;
export type FacetValue = z.infer<typeof FacetValueSchema>;
export type Facets = z.infer<typeof FacetsSchema>;
export type CaseSearchResult = z.infer<typeof CaseSearchResultSchema>;
export type ViewResult = z.infer<typeof ViewResultSchema>;

export type RatingSummary = z.infer<typeof RatingSummarySchema>;
export type Ratings = z.infer<typeof RatingsSchema>;
/** Body of PUT /cases/{id}/ratings/{question}. */
export type Vote = z.infer<typeof VoteSchema>;

export type CommentStatus = z.infer<typeof CommentStatusSchema>;
export type Comment = CommentShape;
export type CommentList = z.infer<typeof CommentListSchema>;
export type CommentListParams = z.input<typeof CommentListParamsSchema>;
/** Body of POST /cases/{id}/comments. */
export type CommentPost = z.input<typeof CommentPostSchema>;
export type CommentPostResponse = z.infer<typeof CommentPostResponseSchema>;

/** Body of POST /cases/{id}/followers. */
export type FollowRequest = z.input<typeof FollowRequestSchema>;
export type FollowResponse = z.infer<typeof FollowResponseSchema>;
export type FollowState = z.infer<typeof FollowStateSchema>;
