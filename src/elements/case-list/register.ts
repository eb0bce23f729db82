import { define } from '../../internal/define.js';
import { CkCaseList } from './case-list.js';

export { CkCaseList };

define('ck-case-list', CkCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-case-list': CkCaseList;
  }
}
