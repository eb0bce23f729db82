import type { Queryable } from '../db/db.js';
import { getCommentForNotice } from '../queries/comments.js';
import { confirmedFollowers, enqueue } from '../queries/followers.js';
import type { Deps } from '../http/router.js';

/** Queue a message to each confirmed follower of the case about a newly published comment. */
export async function notifyFollowers(tx: Queryable, deps: Deps, commentId: string): Promise<void> {
  const comment = await getCommentForNotice(tx, commentId);
  if (!comment) return;
  const base = deps.publicUrl();
  for (const f of await confirmedFollowers(tx, comment.case_id)) {
    await enqueue(tx, {
      kind: 'new-comment',
      caseId: comment.case_id,
      recipient: f.email,
      subject: `Ny kommentar til "${comment.title}"`,
      body: [
        `${comment.author_name} har skrevet en kommentar til casen "${comment.title}":`,
        '',
        comment.body,
        '',
        `Afmeld beskeder om denne case: ${base}/api/v1/followers/unsubscribe?token=${f.unsubscribe_token}`,
      ].join('\n'),
    });
  }
}
