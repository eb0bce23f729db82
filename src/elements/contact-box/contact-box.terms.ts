import { defineTerms } from '../../i18n/localize.js';

export const contactBoxTerms = defineTerms({
  da: {
    heading: 'Kontakt',
    phone: 'Tlf.',
    email: 'E-mail',
    saveContact: 'Gem kontakt',
    saveContactWho: (name: string) => `: ${name} (vCard)`,
  },
  en: {
    heading: 'Contact',
    phone: 'Phone',
    email: 'Email',
    saveContact: 'Save contact',
    saveContactWho: (name: string) => `: ${name} (vCard)`,
  },
});
