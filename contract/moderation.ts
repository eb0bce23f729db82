/** What moderators read (with the moderator token only). */
import type { CaseSection, CaseStatus, CommentStatus } from './vocabulary.js';

export interface ModerationComment {
  id: string;
  caseId: string;
  parentId: string | null;
  authorName: string;
  /** Shown to moderators only. */
  email: string | null;
  text: string;
  section: CaseSection | null;
  status: CommentStatus;
  createdAt: string;
}

export interface ModerationCase {
  id: string;
  title: string;
  municipalities: string[];
  status: CaseStatus;
  submitterEmail: string | null;
  createdAt: string;
}

export interface ModerationResult {
  id: string;
  status: string;
}
