import type { CaseSection } from '../../api/types.js';
import type { SectionNames } from './section-names.js';

/** English words for `section-names.ts`, loaded only for an element whose language is English. */
export default {
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
} satisfies Record<CaseSection, string> satisfies SectionNames;
