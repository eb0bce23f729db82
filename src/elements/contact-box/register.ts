import { define } from '../../internal/define.js';
import { CkContactBox } from './contact-box.js';

export { CkContactBox };
export type { Contact } from './contact.js';

define('ck-contact-box', CkContactBox);

declare global {
  interface HTMLElementTagNameMap {
    'ck-contact-box': CkContactBox;
  }
}
