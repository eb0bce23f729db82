import { LIMITS, type CaseSection, type Comment, type CommentStatus } from '../../contract/index.js';
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

/**
 * Threads go at most this deep (a top-level comment is depth 0). A reply to a comment at the
 * deepest level is placed beside it, under the same parent, as the big comment systems do: a
 * reply chain can grow long but never deep, so neither the server nor a widget recurses far.
 */
export const MAX_THREAD_DEPTH = LIMITS.thread.depth;
/** Replies shown under each comment in one read; "moreReplies" says there are more to load. */
export const REPLIES_SHOWN = LIMITS.thread.repliesShown;

const VISIBLE = `(status = 'published' OR author_token_hash = ANY($2::text[]))`;

/** A comment and its ancestors, nearest first (bounded: stored threads are never deeper). */
async function ancestry(db: Queryable, caseId: string, id: string) {
  return db.query<{ id: string; status: string }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, status, 0 AS d FROM comments WHERE id = $1 AND case_id = $2
       UNION ALL
       SELECT c.id, c.parent_id, c.status, up.d + 1 FROM comments c JOIN up ON c.id = up.parent_id WHERE up.d < ${MAX_THREAD_DEPTH + 2}
     ) SELECT id, status FROM up ORDER BY d`,
    [id, caseId],
  );
}

/**
 * Where a reply to `parentId` goes: the parent itself, or — below the deepest level — the
 * parent's ancestor at the level above, so the reply sits at the deepest level. Null when the
 * parent is not a comment readers can see (missing, held, hidden or rejected, or under one that
 * is): a reply there would be shown to no one, so it is refused with the same answer as a
 * parent that does not exist.
 */
export async function replyParent(db: Queryable, caseId: string, parentId: string): Promise<string | null> {
  const chain = await ancestry(db, caseId, parentId);
  if (chain.length === 0 || chain.some((c) => c.status !== 'published')) return null;
  const parentDepth = chain.length - 1;
  return parentDepth < MAX_THREAD_DEPTH ? parentId : chain[chain.length - MAX_THREAD_DEPTH]!.id;
}

/** True when readers can see the comment: it and every comment above it are published. */
export async function isVisible(db: Queryable, caseId: string, id: string): Promise<boolean> {
  const chain = await ancestry(db, caseId, id);
  return chain.length > 0 && chain.every((c) => c.status === 'published');
}

/** SQL counting the comments readers see on case `caseSql`: published, under published parents only. */
export const visibleCommentCount = (caseSql: string, visible = `status = 'published'`) =>
  `(WITH RECURSIVE v AS (
      SELECT id, 0 AS d FROM comments WHERE case_id = ${caseSql} AND parent_id IS NULL AND ${visible}
      UNION ALL
      SELECT r.id, v.d + 1 FROM comments r JOIN v ON r.parent_id = v.id WHERE ${visible.replace(/\b(status|author_token_hash)\b/g, 'r.$1')} AND v.d < ${MAX_THREAD_DEPTH + 2}
    ) SELECT count(*)::int FROM v)`;

const COLUMNS = 'id, parent_id, author_name, body, section, status, created_at, author_token_hash';

/**
 * A page of comments with their replies, read page by page from the database (never a whole
 * thread): the top-level comments of the page (or, with `parentId`, a page of that comment's
 * replies), then level by level at most REPLIES_SHOWN replies under each, down to the deepest
 * level. Visible: published ones, plus any the caller wrote (matched on the hashes of the author
 * tokens sent), whatever their status; a reply whose parent is not visible is not shown.
 */
export async function listComments(
  db: Queryable,
  caseId: string,
  options: { sort: 'newest' | 'oldest'; page: number; pageSize: number; ownTokenHashes: string[]; parentId?: string | undefined },
): Promise<{ items: Comment[]; total: number; topLevelTotal: number }> {
  const own = new Set(options.ownTokenHashes);
  const toComment = (r: CommentRow): Comment => ({
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
  const params = [caseId, options.ownTokenHashes];
  const level = options.parentId ? `parent_id = $3` : 'parent_id IS NULL';
  const levelParams = options.parentId ? [...params, options.parentId] : params;
  // Replies read in the order they were written; top-level comments in the order asked for.
  const order = options.parentId || options.sort === 'oldest' ? 'created_at, id' : 'created_at DESC, id DESC';
  const [counts] = await db.query<{ top: number; total: number }>(
    `SELECT (SELECT count(*)::int FROM comments WHERE case_id = $1 AND ${level} AND ${VISIBLE}) AS top,
            ${visibleCommentCount('$1', VISIBLE)} AS total`,
    levelParams,
  );
  const top = await db.query<CommentRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM comments WHERE case_id = $1 AND ${level} AND ${VISIBLE}
     ORDER BY ${order} LIMIT ${options.pageSize} OFFSET ${(options.page - 1) * options.pageSize}`,
    levelParams,
  );
  const items = top.map(toComment);
  let parents = items;
  for (let depth = 1; depth <= MAX_THREAD_DEPTH && parents.length > 0; depth++) {
    const rows = await db.query<CommentRow & { parent: string } & Record<string, unknown>>(
      `SELECT p.id AS parent, r.* FROM unnest($3::text[]) AS p(id)
       CROSS JOIN LATERAL (
         SELECT ${COLUMNS} FROM comments WHERE case_id = $1 AND parent_id = p.id AND ${VISIBLE}
         ORDER BY created_at, id LIMIT ${REPLIES_SHOWN + 1}
       ) r`,
      [...params, parents.map((c) => c.id)],
    );
    const byId = new Map(parents.map((c) => [c.id, c]));
    const next: Comment[] = [];
    for (const row of rows) {
      const parent = byId.get(row.parent)!;
      if (parent.replies.length === REPLIES_SHOWN) {
        parent.moreReplies = true;
        continue;
      }
      const reply = toComment(row);
      parent.replies.push(reply);
      next.push(reply);
    }
    parents = next;
  }
  return { items, total: counts?.total ?? 0, topLevelTotal: counts?.top ?? 0 };
}

export async function setCommentStatus(db: Queryable, id: string, status: CommentStatus) {
  const [row] = await db.query<{ id: string; case_id: string; previous: string }>(
    `UPDATE comments c SET status = $2 FROM (SELECT id, status AS previous FROM comments WHERE id = $1 FOR UPDATE) old
     WHERE c.id = old.id RETURNING c.id, c.case_id, old.previous`,
    [id, status],
  );
  return row ?? null;
}

/** An identical comment posted within this many minutes is the same post again (a double click, a retry). */
export const DUPLICATE_WINDOW_MINUTES = 10;

export async function findDuplicate(
  db: Queryable,
  c: { caseId: string; parentId: string | null; authorName: string; text: string; email: string | null },
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM comments WHERE case_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND author_name = $3 AND body = $4
       AND email IS NOT DISTINCT FROM $5 AND created_at > now() - make_interval(mins => ${DUPLICATE_WINDOW_MINUTES}) LIMIT 1`,
    [c.caseId, c.parentId, c.authorName, c.text, c.email],
  );
  return rows.length > 0;
}

/** What a notification needs to say about a comment (call isVisible first). */
export async function getCommentForNotice(db: Queryable, id: string) {
  const [row] = await db.query<{ author_name: string; body: string; case_id: string; title: string }>(
    `SELECT cm.author_name, cm.body, cm.case_id, c.title FROM comments cm JOIN cases c ON c.id = cm.case_id WHERE cm.id = $1`,
    [id],
  );
  return row ?? null;
}
