import { defineTerms } from '../../i18n/localize.js';

export const contactBoxTerms = defineTerms({
  da: {
    heading: 'Kontakt',
    phone: 'Tlf.',
    email: 'E-mail',
    saveContact: 'Gem kontakt',
    saveContactWho: (name: string) => `: ${name} (vCard)`,
    loadFailed: 'Kontaktoplysningerne kunne ikke hentes.',
  },
  en: {
    heading: 'Contact',
    phone: 'Phone',
    email: 'Email',
    saveContact: 'Save contact',
    saveContactWho: (name: string) => `: ${name} (vCard)`,
    loadFailed: 'The contact details could not be loaded.',
  },
});
