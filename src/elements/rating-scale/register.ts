import { define } from '../../internal/define.js';
import { CkRatingScale } from './rating-scale.js';

export { CkRatingScale };
export type { VoteDetail } from './rating-scale.js';

define('ck-rating-scale', CkRatingScale);

declare global {
  interface HTMLElementTagNameMap {
    'ck-rating-scale': CkRatingScale;
  }
}
