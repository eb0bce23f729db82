import { define } from '../../internal/define.js';
import { CkCaseCard } from './case-card.js';

export { CkCaseCard };

define('ck-case-card', CkCaseCard);

declare global {
  interface HTMLElementTagNameMap {
    'ck-case-card': CkCaseCard;
  }
}
