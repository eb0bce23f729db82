import { define } from '../../internal/define.js';
import { CkCaseForm } from './case-form.js';

export { CkCaseForm };

define('ck-case-form', CkCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'ck-case-form': CkCaseForm;
  }
}
