import { defineTerms } from '../../i18n/localize.js';
import type { CaseSection } from '../../api/types.js';

/**
 * The names of a case's sections, apart from the rest of the case page's words: a comment
 * thread names the section a comment is about, and should not carry the case page's terms for it.
 */
const da = {
  formaal: 'Formål',
  maalgruppe: 'Målgruppe & Arena',
  periode: 'Projekt periode',
  indsatstype: 'Type af indsats',
  beskrivelse: 'Beskrivelse af indsats',
  baggrund: 'Baggrund',
  aktiviteter: 'Centrale aktiviteter',
  resultater: 'Resultater',
  proces: 'Proces',
  materialer: 'Materiale',
  organisering: 'Organisering og samarbejdspartnere',
  rekruttering: 'Rekruttering',
  oekonomi: 'Økonomi pr. år',
  citater: 'Citater',
  virkning: 'Virkning',
  evaluering: 'Evalueret',
  vurdering: 'Vurdering',
  opmaerksomhedspunkter: 'Opmærksomhedspunkter for implementering af indsatsen',
  barrierer: 'Barrierer for gennemførelsen af indsatsen',
  'fremmende-tiltag': 'Fremmende tiltag for gennemførelsen af indsatsen',
  relaterede: 'Relaterede cases',
} satisfies Record<CaseSection, string>;

/** The Danish words' shape; the English words (`section-names.en.ts`) have the same keys. */
export type SectionNames = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const sectionNames = defineTerms<SectionNames>(da, () => import('./section-names.en.js'));
