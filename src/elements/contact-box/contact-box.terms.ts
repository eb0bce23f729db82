import { defineTerms } from '../../i18n/localize.js';

const da = {
  heading: 'Kontakt',
  phone: 'Tlf.',
  email: 'E-mail',
  saveContact: 'Gem kontakt',
  saveContactWho: (name: string) => `: ${name} (vCard)`,
  /** "Gem kontakt" pressed, and the vCard code could not be fetched. */
  vcardMissing: 'Kontaktkortet kunne ikke hentes. Tjek din internetforbindelse, og prøv igen.',
  loadFailed: 'Kontaktoplysningerne kunne ikke hentes.',
};

/** The Danish words' shape; the English words (`contact-box.terms.en.ts`) have the same keys. */
export type ContactBoxTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const contactBoxTerms = defineTerms<ContactBoxTerms>(da, () => import('./contact-box.terms.en.js'));
