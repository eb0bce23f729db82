/** The editorial desk: what moderators read and send (with a moderator's token only). */
import type { Case, NewCase } from './case.js';
import type { CaseSection, CommentStatus } from './vocabulary.js';

/** A case as moderators see it: in full, as it will be published, with what only they see. */
export interface DeskCase extends Case {
  /** Where the desk can reach the submitter; never public. */
  submitterEmail: string | null;
  /** The language the submitter wrote in; the desk's mail to them is in it. */
  submitterLang: 'da' | 'en';
  /** 1 as submitted; each correction adds one. */
  version: number;
  correctedAt: string | null;
  /** Proposed values not in use yet; shown among themes/targetGroups, and publishing accepts them. */
  proposals: { themes: string[]; targetGroups: string[] };
}

/** Body of PATCH /moderation/cases/{id}: any content field; those left out stay as they are. */
export type CaseCorrection = Partial<Omit<NewCase, 'submitterEmail' | 'website' | 'proposedThemes' | 'proposedTargetGroups'>> & {
  /** Why, for the audit log. */
  reason?: string;
  /** The version the correction was made on: a newer one on the server answers 409. */
  expectedVersion?: number;
};

export interface DeskComment {
  id: string;
  caseId: string;
  caseTitle: string;
  parentId: string | null;
  authorName: string;
  /** Shown to moderators only. */
  email: string | null;
  text: string;
  section: CaseSection | null;
  status: CommentStatus;
  createdAt: string;
}

/** A comment in its thread: the comments it answers (top first) and its direct replies. */
export interface DeskCommentContext {
  comment: DeskComment;
  ancestors: DeskComment[];
  replies: DeskComment[];
}

/** Body of POST /moderation/{cases|comments}/{id}/{action}; a reason is required to reject a case. */
export interface Decision {
  reason?: string;
}

export interface DecisionResult {
  id: string;
  status: string;
  previous: string;
  /** True when the submitter was mailed the reason. */
  mailed?: boolean;
}

export interface AuditEntry {
  id: number;
  at: string;
  moderatorId: string | null;
  moderatorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface WaitingWork {
  pendingCases: number;
  pendingComments: number;
  openProposals: number;
  oldest: { kind: 'case' | 'comment'; id: string; title: string; createdAt: string } | null;
}

export interface DeskVocabulary {
  themes: { value: string; count: number }[];
  targetGroups: { value: string; count: number }[];
  proposals: {
    themes: { value: string; caseIds: string[] }[];
    targetGroups: { value: string; caseIds: string[] }[];
  };
}

/** Body of POST /moderation/cases/{id}/proposals: mapTo null accepts the value as new. */
export interface ProposalDecision {
  kind: 'theme' | 'targetGroup';
  value: string;
  mapTo: string | null;
}

/** Body of POST /moderation/vocabulary/merge. */
export interface VocabularyMerge {
  kind: 'theme' | 'targetGroup';
  from: string;
  into: string;
}

export interface ModeratorAccount {
  id: string;
  name: string;
  email: string | null;
  createdAt: string;
  revokedAt: string | null;
}
