/** Readers' part of a case: ratings, comments and following. */
import type { CaseSection, CommentSort, CommentStatus, QuestionKey, ScaleValue } from './vocabulary.js';

/** Readers' votes on one self-assessment question. */
export interface RatingSummary {
  question: QuestionKey;
  /** The question in the request's language, e.g. 'Er formålet opfyldt?'. */
  label: string;
  /** The case owner's own answer. */
  ownerAnswer: ScaleValue | null;
  /** Readers' votes for steps 1–4 (index 0 = Slet ikke). */
  distribution: number[];
  count: number;
  /** The vote recorded for the vote token sent (X-Vote-Token header or PUT body). */
  yourVote?: ScaleValue | null | undefined;
}

/** Answer of GET /cases/{id}/ratings. */
export interface Ratings {
  caseId: string;
  questions: RatingSummary[];
}

/** Body of PUT /cases/{id}/ratings/{question}. */
export interface Vote {
  value: ScaleValue;
  /** Random token the client creates at its first vote; the same token changes the vote. */
  voteToken: string;
}

/** A comment, with its replies nested. Its text is plain text: render it as text, never as HTML. */
export interface Comment {
  id: string;
  parentId: string | null;
  authorName: string;
  text: string;
  section: CaseSection | null;
  /** ISO 8601 date-time. */
  createdAt: string;
  /** Always 'published' in public lists, except for your own comments (see X-Author-Token). */
  status: CommentStatus;
  /** True when one of the X-Author-Token tokens wrote it. */
  own?: boolean | undefined;
  /** The first replies, oldest first (at most LIMITS.thread.repliesShown). */
  replies: Comment[];
  /** True when there are more replies than shown: load them with `parent` (CommentListParams). */
  moreReplies?: boolean | undefined;
}

/** Query of GET /cases/{id}/comments. */
export interface CommentListParams {
  sort?: CommentSort;
  page?: number;
  pageSize?: number;
  /** A page of the replies to this comment (oldest first) instead of the top-level comments. */
  parent?: string;
}

/** Answer of GET /cases/{id}/comments. */
export interface CommentList {
  /** Top-level comments of this page, replies nested. */
  items: Comment[];
  /** Visible comments in all, replies included. */
  total: number;
  /** Visible top-level comments (what paging counts). */
  topLevelTotal: number;
  page: number;
  pageSize: number;
}

/** Body of POST /cases/{id}/comments. */
export interface CommentPost {
  authorName: string;
  /** Optional; never returned by any public endpoint. */
  email?: string;
  text: string;
  parentId?: string | null;
  section?: CaseSection | null;
  /** Honeypot: humans leave it empty. */
  website?: string;
}

export interface CommentPostResponse {
  comment: Comment;
  /** Secret for the author: send it as X-Author-Token to see this comment's status while it is held. */
  authorToken: string;
}

/** Body of POST /cases/{id}/followers. */
export interface FollowRequest {
  email: string;
  /** Honeypot: humans leave it empty. */
  website?: string;
}

/** A confirmation e-mail was queued (the same answer whether or not the address already follows). */
export interface FollowResponse {
  status: 'confirmation-sent';
}

export interface FollowState {
  status: 'confirmed' | 'unsubscribed';
  caseId: string;
}
