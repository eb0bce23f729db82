import type { ContactBoxTerms } from './contact-box.terms.js';

/** English words for `contact-box.terms.ts`, loaded only for an element whose language is English. */
export default {
  heading: 'Contact',
  phone: 'Phone',
  email: 'Email',
  saveContact: 'Save contact',
  saveContactWho: (name: string) => `: ${name} (vCard)`,
  vcardMissing: 'The contact card could not be loaded. Check your internet connection and try again.',
  loadFailed: 'The contact details could not be loaded.',
} satisfies ContactBoxTerms;
