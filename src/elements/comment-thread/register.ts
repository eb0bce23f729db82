import { define } from '../../internal/define.js';
import { CkCommentThread } from './comment-thread.js';

export { CkCommentThread };
export type { CommentPostedDetail } from './comment-thread.js';

define('ck-comment-thread', CkCommentThread);

declare global {
  interface HTMLElementTagNameMap {
    'ck-comment-thread': CkCommentThread;
  }
}
