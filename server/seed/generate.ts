import { ECONOMY_BRACKETS } from '../../contract/index.js';
import type { CaseRecord } from '../queries/case-rows.js';
import { slugify } from './slug.js';

/** Generated cases for paging and load: plausible Danish text from real municipality names, marked generated. */
export const MUNICIPALITIES = [
  'Albertslund', 'Allerød', 'Assens', 'Ballerup', 'Billund', 'Bornholm', 'Brøndby', 'Brønderslev', 'Dragør',
  'Egedal', 'Esbjerg', 'Fanø', 'Favrskov', 'Faxe', 'Fredensborg', 'Fredericia', 'Frederiksberg', 'Frederikshavn',
  'Frederikssund', 'Furesø', 'Faaborg-Midtfyn', 'Gentofte', 'Gladsaxe', 'Glostrup', 'Greve', 'Gribskov',
  'Guldborgsund', 'Haderslev', 'Halsnæs', 'Hedensted', 'Helsingør', 'Herlev', 'Herning', 'Hillerød', 'Hjørring',
  'Holbæk', 'Holstebro', 'Horsens', 'Hvidovre', 'Høje-Taastrup', 'Hørsholm', 'Ikast-Brande', 'Ishøj', 'Jammerbugt',
  'Kalundborg', 'Kerteminde', 'Kolding', 'København', 'Køge', 'Langeland', 'Lejre', 'Lemvig', 'Lolland',
  'Lyngby-Taarbæk', 'Læsø', 'Mariagerfjord', 'Middelfart', 'Morsø', 'Norddjurs', 'Nordfyns', 'Nyborg', 'Næstved',
  'Odder', 'Odense', 'Odsherred', 'Randers', 'Rebild', 'Ringkøbing-Skjern', 'Ringsted', 'Roskilde', 'Rudersdal',
  'Rødovre', 'Samsø', 'Silkeborg', 'Skanderborg', 'Skive', 'Slagelse', 'Solrød', 'Sorø', 'Stevns', 'Struer',
  'Svendborg', 'Syddjurs', 'Sønderborg', 'Thisted', 'Tønder', 'Tårnby', 'Vallensbæk', 'Varde', 'Vejen', 'Vejle',
  'Vesthimmerland', 'Viborg', 'Vordingborg', 'Ærø', 'Aabenraa', 'Aalborg', 'Aarhus',
];

const THEMES: { theme: string; focus: string; activity: string; result: string }[] = [
  { theme: 'Ensomhed', focus: 'at mindske ensomhed', activity: 'ugentlige fællesspisninger og gåture med frivillige værter', result: 'flere deltagere fortæller, at de har fået nye bekendtskaber' },
  { theme: 'Mental sundhed', focus: 'at styrke den mentale sundhed', activity: 'ABC-workshops og samtalegrupper om trivsel', result: 'deltagerne oplever mere overskud i hverdagen' },
  { theme: 'Fysisk aktivitet', focus: 'at få flere til at bevæge sig', activity: 'holdtræning i lokale parker og motionsvenner', result: 'deltagerne bevæger sig oftere og har fået faste træningsmakkere' },
  { theme: 'Mad og måltider', focus: 'at fremme sunde måltidsvaner', activity: 'madlavningsforløb og fællesspisning', result: 'flere laver mad fra bunden og spiser sammen med andre' },
  { theme: 'Rygning', focus: 'at hjælpe borgere til et røgfrit liv', activity: 'rygestopforløb på arbejdspladser og i boligområder', result: 'en stor del af deltagerne er røgfri efter seks måneder' },
  { theme: 'Alkohol', focus: 'at forebygge skadeligt alkoholforbrug', activity: 'tidlige samtaler og rådgivning i jobcenter og sundhedscenter', result: 'medarbejderne tager oftere den svære samtale' },
  { theme: 'Samskabelse', focus: 'at udvikle løsninger sammen med borgere og foreninger', activity: 'idéværksteder og lokale arbejdsgrupper', result: 'flere initiativer er i dag drevet af borgerne selv' },
  { theme: 'Frivillighed', focus: 'at styrke samarbejdet med frivillige', activity: 'frivilligkoordinering og fælles kurser for foreninger', result: 'foreningerne har fået flere stabile frivillige' },
  { theme: 'Ulighed i sundhed', focus: 'at mindske ulighed i sundhed', activity: 'opsøgende sundhedstjek i udsatte boligområder', result: 'indsatsen når borgere, der ikke før brugte kommunens tilbud' },
  { theme: 'Fællesskaber', focus: 'at skabe nye fællesskaber i lokalområdet', activity: 'fællesskabsagenter og åbne mødesteder', result: 'nye netværk er opstået på tværs af alder og baggrund' },
  { theme: 'Søvn', focus: 'at forbedre søvnen hos unge', activity: 'undervisningsforløb om søvn og skærmvaner', result: 'de unge fortæller, at de går tidligere i seng' },
  { theme: 'Seksuel sundhed', focus: 'at styrke unges seksuelle sundhed', activity: 'undervisning og anonym rådgivning', result: 'flere unge kender til tilbuddene om rådgivning' },
];

const TARGETS: { group: string; arena: string }[] = [
  { group: 'Ældre', arena: 'plejecentre, aktivitetscentre og eget hjem' },
  { group: 'Børn og unge', arena: 'skoler, fritidsklubber og ungdomsskole' },
  { group: 'Familier', arena: 'sundhedsplejen, daginstitutioner og boligsociale tilbud' },
  { group: 'Udsatte borgere', arena: 'væresteder, herberger og gadeplan' },
  { group: 'Borgere med psykisk sårbarhed', arena: 'væresteder, dagtilbud og gruppeforløb' },
  { group: 'Ledige', arena: 'jobcenter og virksomhedspraktik' },
  { group: 'Medarbejdere', arena: 'kommunale arbejdspladser' },
  { group: 'Nydanskere', arena: 'sprogcenter og boligområder' },
  { group: 'Borgere med kronisk sygdom', arena: 'sundhedscenter og almen praksis' },
];

export const PREVENTION_TYPES = ['Information og undervisning', 'Tilbud', 'Rammer', 'Tidlig opsporing', 'Samarbejde'];
const FIRST = ['Anne', 'Mette', 'Lars', 'Søren', 'Camilla', 'Jens', 'Pia', 'Henrik', 'Louise', 'Mads', 'Signe', 'Rasmus', 'Karen', 'Niels'];
const LAST = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Madsen', 'Kristensen', 'Olsen'];
const JOBS = ['Sundhedskonsulent', 'Projektleder', 'Konsulent', 'Forebyggelseskonsulent', 'Fællesskabskoordinator', 'Sygeplejerske'];
const DEPARTMENTS = ['Sundhed og Forebyggelse', 'Socialafdelingen', 'Ældre og Sundhed', 'Børn og Familie', 'Kultur og Fritid'];
const NAMES = ['Sammen om', 'Nye veje til', 'Plads til', 'Rum for', 'Fællesskab om', 'Hånd i hånd om'];
const SCALE = [1, 2, 3, 4] as const;

/** mulberry32: a small seeded generator, so the same N always gives the same cases. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(next() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  return { next, pick, some };
}

export function generateCases(count: number, seed = 2024): CaseRecord[] {
  const r = random(seed);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  return Array.from({ length: count }, (_, i) => {
    const municipality = r.pick(MUNICIPALITIES);
    const t = r.pick(THEMES);
    const target = r.pick(TARGETS);
    const extraThemes = r.next() < 0.4 ? [r.pick(THEMES).theme] : [];
    const name = `${r.pick(NAMES)} ${t.theme.toLowerCase()}`;
    const title = `${name} i ${municipality}`;
    const person = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    const project = r.next() < 0.6;
    const evaluated = r.next() < 0.45;
    const year = 2015 + Math.floor(r.next() * 9);
    const createdAt = new Date(start + Math.floor(r.next() * span)).toISOString();
    return {
      id: `${slugify(title)}-${(i + 1).toString(36)}`,
      status: 'published',
      generated: true,
      createdAt,
      kind: 'case',
      title,
      subtitle: `${t.theme} for ${target.group.toLowerCase()} i ${municipality} Kommune`,
      municipalities: [municipality],
      organisation: null,
      contacts: [
        {
          name: person,
          jobTitle: r.pick(JOBS),
          department: r.pick(DEPARTMENTS),
          organisation: `${municipality} Kommune`,
          phone: String(20000000 + Math.floor(r.next() * 79999999)),
          email: `${slugify(person).replace(/-/g, '.')}@${slugify(municipality)}.dk.invalid`,
        },
      ],
      interventionType: project ? 'projekt' : 'permanent',
      economyBracket: r.pick(ECONOMY_BRACKETS),
      economyText: null,
      purpose: `Formålet er ${t.focus} blandt ${target.group.toLowerCase()} i ${municipality} Kommune gennem ${t.activity}.`,
      targetGroupPrimary: target.group,
      targetGroupSecondary: r.next() < 0.3 ? 'Medarbejdere og frivillige omkring målgruppen' : null,
      arena: target.arena,
      targetGroups: [target.group],
      projectPeriod: project ? `${year}-${year + 1 + Math.floor(r.next() * 2)}` : null,
      preventionPackages: r.some(PREVENTION_TYPES, 2),
      themes: [...new Set([t.theme, ...extraThemes])],
      keywords: [t.theme.toLowerCase(), target.group.toLowerCase(), municipality.toLowerCase()],
      description: `${name} er en indsats i ${municipality} Kommune. Kommunen har i samarbejde med lokale foreninger og frivillige sat ${t.activity} i gang for ${target.group.toLowerCase()}. Indsatsen foregår i ${target.arena} og bygger på erfaringer fra andre kommuner.`,
      materials: [],
      organisationAndPartners: `Indsatsen er forankret i ${r.pick(DEPARTMENTS)} og drives sammen med lokale foreninger og frivillige.`,
      recruitment: `Deltagerne er rekrutteret via ${target.arena} og gennem opslag på kommunens hjemmeside.`,
      quotes: [],
      effect: `Erfaringerne viser, at ${t.result}.`,
      evaluated,
      evaluationText: evaluated ? 'Ja, indsatsen er evalueret med spørgeskema og interview.' : 'Nej, ikke evalueret',
      selfAssessment: { formaal: r.pick(SCALE), implementering: r.pick(SCALE) },
      additionalComments: null,
      attentionPoints: 'Det tager tid at opbygge tillid til målgruppen; afsæt tid til opsøgende arbejde.',
      barriers: r.next() < 0.5 ? 'Skiftende medarbejdere har gjort det svært at holde kontinuiteten.' : null,
      facilitators: r.next() < 0.5 ? 'Faste mødetider og en tydelig tovholder har fremmet deltagelsen.' : null,
      background: null,
      activities: null,
      expectedResults: null,
      actualResults: null,
      process: null,
      learnings: null,
      abstractType: null,
      relatedCaseIds: [],
      canonicalUrl: null,
    } satisfies CaseRecord;
  });
}
