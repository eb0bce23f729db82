import { defineTerms } from '../../i18n/localize.js';
import type { CaseSection } from '../../api/types.js';

/**
 * The names of a case's sections, apart from the rest of the case page's words: a comment
 * thread names the section a comment is about, and should not carry the case page's terms for it.
 */
export const sectionNames = defineTerms({
  da: {
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
  } satisfies Record<CaseSection, string>,
  en: {
    formaal: 'Purpose',
    maalgruppe: 'Target group & arena',
    periode: 'Project period',
    indsatstype: 'Type of intervention',
    beskrivelse: 'Description of the intervention',
    baggrund: 'Background',
    aktiviteter: 'Key activities',
    resultater: 'Results',
    proces: 'Process',
    materialer: 'Materials',
    organisering: 'Organisation and partners',
    rekruttering: 'Recruitment',
    oekonomi: 'Budget per year',
    citater: 'Quotes',
    virkning: 'Effect',
    evaluering: 'Evaluated',
    vurdering: 'Self-assessment',
    opmaerksomhedspunkter: 'Points of attention for implementation',
    barrierer: 'Barriers to carrying out the intervention',
    'fremmende-tiltag': 'What helped carry out the intervention',
    relaterede: 'Related cases',
  } satisfies Record<CaseSection, string>,
});
