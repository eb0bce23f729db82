/** The moderators' view of comments: any status, with the author's address, in their thread. */
import type { CaseSection, CommentStatus, DeskComment } from '../../contract/index.js';
import type { Queryable } from '../db/db.js';

const COLUMNS = `cm.id, cm.case_id, c.title AS case_title, cm.parent_id, cm.author_name, cm.email, cm.body, cm.section, cm.status, cm.created_at`;

const toDeskComment = (r: Record<string, unknown>): DeskComment => ({
  id: String(r.id),
  caseId: String(r.case_id),
  caseTitle: String(r.case_title),
  parentId: (r.parent_id as string | null) ?? null,
  authorName: String(r.author_name),
  email: (r.email as string | null) ?? null,
  text: String(r.body),
  section: (r.section as CaseSection | null) ?? null,
  status: r.status as CommentStatus,
  createdAt: new Date(r.created_at as string).toISOString(),
});

/** Comments by status: what waits oldest first (in the order it came), the rest newest first. */
export async function listDeskComments(db: Queryable, status: string, limit: number): Promise<DeskComment[]> {
  const order = status === 'pending' ? 'ASC' : 'DESC';
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM comments cm JOIN cases c ON c.id = cm.case_id WHERE cm.status = $1
     ORDER BY cm.created_at ${order}, cm.id LIMIT $2`,
    [status, limit],
  );
  return rows.map(toDeskComment);
}

/** A comment with the chain of comments it answers (top first) and its direct replies, any status. */
export async function deskCommentContext(db: Queryable, id: string) {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM comments cm JOIN cases c ON c.id = cm.case_id WHERE cm.id = $1`, [id]);
  if (!row) return null;
  const comment = toDeskComment(row);
  const ancestors = await db.query(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT parent_id, 1 FROM comments WHERE id = $1 AND parent_id IS NOT NULL
       UNION ALL
       SELECT p.parent_id, up.depth + 1 FROM comments p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL AND up.depth < 200
     )
     SELECT ${COLUMNS}, up.depth FROM up JOIN comments cm ON cm.id = up.id JOIN cases c ON c.id = cm.case_id ORDER BY up.depth DESC`,
    [id],
  );
  const replies = await db.query(
    `SELECT ${COLUMNS} FROM comments cm JOIN cases c ON c.id = cm.case_id WHERE cm.parent_id = $1 ORDER BY cm.created_at, cm.id LIMIT 200`,
    [id],
  );
  return { comment, ancestors: ancestors.map(toDeskComment), replies: replies.map(toDeskComment) };
}
