import { define } from '../../internal/define.js';
import { CkCaseDetail } from './case-detail.js';

export { CkCaseDetail };

define('ck-case-detail', CkCaseDetail);

declare global {
  interface HTMLElementTagNameMap {
    'ck-case-detail': CkCaseDetail;
  }
}
