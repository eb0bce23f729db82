import { define } from '../../internal/define.js';
import { CkCaseApi } from './case-api.js';

export { CkCaseApi };

define('ck-case-api', CkCaseApi);

declare global {
  interface HTMLElementTagNameMap {
    'ck-case-api': CkCaseApi;
  }
}
