import type { Queryable } from '../db/db.js';
import { getCommentForNotice, isVisible } from '../queries/comments.js';
import { confirmedFollowers, enqueue } from '../queries/followers.js';
import type { Deps } from '../http/router.js';
import { newCommentNotice } from './notice-text.js';

/**
 * Queue a message to each confirmed follower of the case about a newly published comment that
 * readers can see (a reply under a hidden comment is seen by no one, so it is mailed to no one).
 */
export async function notifyFollowers(tx: Queryable, deps: Deps, commentId: string): Promise<void> {
  const comment = await getCommentForNotice(tx, commentId);
  if (!comment || !(await isVisible(tx, comment.case_id, commentId))) return;
  const base = deps.publicUrl();
  for (const f of await confirmedFollowers(tx, comment.case_id)) {
    const notice = newCommentNotice(
      {
        title: comment.title,
        authorName: comment.author_name,
        text: comment.body,
        unsubscribeUrl: `${base}/api/v1/followers/unsubscribe?token=${f.unsubscribe_token}`,
      },
      // In the language the reader used when following.
      f.lang,
    );
    await enqueue(tx, { kind: 'new-comment', caseId: comment.case_id, recipient: f.email, lang: f.lang, ...notice });
  }
}
