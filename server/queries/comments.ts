import type { CaseSection, Comment, CommentStatus } from '../../contract/index.js';
import type { Queryable } from '../db/db.js';

interface CommentRow {
  id: string;
  parent_id: string | null;
  author_name: string;
  body: string;
  section: string | null;
  status: CommentStatus;
  created_at: string | Date;
  author_token_hash: string;
}

export interface NewComment {
  id: string;
  caseId: string;
  parentId: string | null;
  authorName: string;
  email: string | null;
  text: string;
  section: CaseSection | null;
  status: CommentStatus;
  authorTokenHash: string;
}

export async function insertComment(db: Queryable, c: NewComment): Promise<Comment> {
  const [row] = await db.query<Record<string, unknown>>(
    `INSERT INTO comments (id, case_id, parent_id, author_name, email, body, section, status, author_token_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING created_at`,
    [c.id, c.caseId, c.parentId, c.authorName, c.email, c.text, c.section, c.status, c.authorTokenHash],
  );
  return {
    id: c.id,
    parentId: c.parentId,
    authorName: c.authorName,
    text: c.text,
    section: c.section,
    createdAt: new Date(row?.created_at as string).toISOString(),
    status: c.status,
    own: true,
    replies: [],
  };
}

/** The case a comment belongs to, if the comment can take replies (it is visible). */
export async function findParent(db: Queryable, caseId: string, parentId: string) {
  const [row] = await db.query<{ id: string; status: string }>(
    `SELECT id, status FROM comments WHERE id = $1 AND case_id = $2`,
    [parentId, caseId],
  );
  return row ?? null;
}

/**
 * A page of top-level comments with their whole reply trees. Visible: published ones, plus any
 * the caller wrote (matched on the hashes of the author tokens sent), whatever their status.
 */
export async function listComments(
  db: Queryable,
  caseId: string,
  options: { sort: 'newest' | 'oldest'; page: number; pageSize: number; ownTokenHashes: string[] },
): Promise<{ items: Comment[]; total: number; topLevelTotal: number }> {
  const rows = await db.query<CommentRow & Record<string, unknown>>(
    `SELECT id, parent_id, author_name, body, section, status, created_at, author_token_hash
     FROM comments
     WHERE case_id = $1 AND (status = 'published' OR author_token_hash = ANY($2::text[]))
     ORDER BY created_at, id`,
    [caseId, options.ownTokenHashes],
  );
  const own = new Set(options.ownTokenHashes);
  const byId = new Map<string, Comment>();
  for (const r of rows) {
    byId.set(r.id, {
      id: r.id,
      parentId: r.parent_id,
      authorName: r.author_name,
      text: r.body,
      section: r.section as CaseSection | null,
      createdAt: new Date(r.created_at).toISOString(),
      status: r.status,
      ...(own.has(r.author_token_hash) ? { own: true } : {}),
      replies: [],
    });
  }
  const roots: Comment[] = [];
  for (const comment of byId.values()) {
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    // A reply whose parent is not visible is not shown: its context is gone.
    if (parent) parent.replies.push(comment);
    else if (!comment.parentId) roots.push(comment);
  }
  if (options.sort === 'newest') roots.reverse();
  const start = (options.page - 1) * options.pageSize;
  const countTree = (c: Comment): number => 1 + c.replies.reduce((n, r) => n + countTree(r), 0);
  return {
    items: roots.slice(start, start + options.pageSize),
    total: roots.reduce((n, c) => n + countTree(c), 0),
    topLevelTotal: roots.length,
  };
}

export async function setCommentStatus(db: Queryable, id: string, status: CommentStatus) {
  const [row] = await db.query<{ id: string; case_id: string; previous: string }>(
    `UPDATE comments c SET status = $2 FROM (SELECT id, status AS previous FROM comments WHERE id = $1 FOR UPDATE) old
     WHERE c.id = old.id RETURNING c.id, c.case_id, old.previous`,
    [id, status],
  );
  return row ?? null;
}

export async function getCommentForNotice(db: Queryable, id: string) {
  const [row] = await db.query<{ author_name: string; body: string; case_id: string; title: string }>(
    `SELECT cm.author_name, cm.body, cm.case_id, c.title FROM comments cm JOIN cases c ON c.id = cm.case_id WHERE cm.id = $1`,
    [id],
  );
  return row ?? null;
}

export async function listCommentsByStatus(db: Queryable, status: string, limit: number) {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT id, case_id, parent_id, author_name, email, body, section, status, created_at
     FROM comments WHERE status = $1 ORDER BY created_at DESC LIMIT $2`,
    [status, limit],
  );
  return rows.map((r) => ({
    id: String(r.id),
    caseId: String(r.case_id),
    parentId: (r.parent_id as string | null) ?? null,
    authorName: String(r.author_name),
    email: (r.email as string | null) ?? null,
    text: String(r.body),
    section: (r.section as CaseSection | null) ?? null,
    status: r.status as CommentStatus,
    createdAt: new Date(r.created_at as string).toISOString(),
  }));
}
