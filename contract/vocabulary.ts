/**
 * The case bank's fixed vocabularies and limits: plain constants, free of zod
 * and of anything server-side, so the browser bundle, the published package and
 * the reference server all stand on the same lists. `server/schemas/*` builds its
 * validation from these; the elements list and label things from them.
 */

/** Stable anchor keys for the sections of a case page, in the page's order (also the `section` of inline feedback). */
export const CASE_SECTIONS = [
  'formaal',
  'maalgruppe',
  'periode',
  'indsatstype',
  'beskrivelse',
  'baggrund',
  'aktiviteter',
  'resultater',
  'proces',
  'materialer',
  'organisering',
  'rekruttering',
  'oekonomi',
  'citater',
  'virkning',
  'evaluering',
  'vurdering',
  'opmaerksomhedspunkter',
  'barrierer',
  'fremmende-tiltag',
  'relaterede',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];
export type CaseSections = typeof CASE_SECTIONS;

/** The two self-assessment questions of the case format, by stable key, in both languages. */
export const QUESTIONS = {
  formaal: { da: 'Er formålet opfyldt?', en: 'Has the purpose been achieved?' },
  implementering: {
    da: 'Er indsatsen blevet implementeret som planlagt?',
    en: 'Has the intervention been implemented as planned?',
  },
} as const;
export const QUESTION_KEYS = ['formaal', 'implementering'] as const satisfies readonly (keyof typeof QUESTIONS)[];
/** 'formaal' ("Er formålet opfyldt?") | 'implementering' ("Er indsatsen blevet implementeret som planlagt?"). */
export type QuestionKey = (typeof QUESTION_KEYS)[number];

/** The 4-point answer scale: 1 = Slet ikke, 2 = I mindre grad, 3 = I nogen grad, 4 = I høj grad. */
export const SCALE_VALUES = [1, 2, 3, 4] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];
/** Labels of the scale steps, index 0 = step 1. */
export const SCALE_LABELS = {
  da: ['Slet ikke', 'I mindre grad', 'I nogen grad', 'I høj grad'],
  en: ['Not at all', 'To a small extent', 'To some extent', 'To a large extent'],
} as const;

/** The filters of a case search, in the order a filter panel shows them. */
export const FACETS = [
  'municipality',
  'theme',
  'targetGroup',
  'interventionType',
  'preventionPackage',
  'evaluated',
  'economyBracket',
] as const;
export type FacetName = (typeof FACETS)[number];
export type FacetNames = typeof FACETS;

/** Orders of a case search. */
export const SORTS = ['relevance', 'newest', 'views', 'title'] as const;
export type CaseSort = (typeof SORTS)[number];
export type CaseSorts = typeof SORTS;

/** Orders of a comment thread. */
export const COMMENT_SORTS = ['newest', 'oldest'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

/** projekt = a project; permanent = a permanent service. */
export const INTERVENTION_TYPES = ['projekt', 'permanent'] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** The format of the source: a case page, an article, a practice abstract. */
export const CASE_KINDS = ['case', 'artikel', 'abstract'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ['pending', 'published', 'rejected'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const COMMENT_STATUSES = ['pending', 'published', 'rejected', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** The yearly economy brackets of the case format (kroner). */
export const ECONOMY_BRACKETS = [
  '< 50.000',
  '50.000 - 250.000',
  '250.000 - 500.000',
  '500.000 - 1.000.000',
  '> 1.000.000',
] as const;
export type EconomyBracket = (typeof ECONOMY_BRACKETS)[number];

/**
 * Length and count limits the API enforces. Forms use the same numbers for
 * `maxlength`, so a reader is stopped before the server has to refuse.
 */
export const LIMITS = {
  caseId: 120,
  case: {
    titleMin: 3,
    title: 200,
    subtitle: 300,
    organisation: 200,
    economyBracket: 40,
    /** One municipality, theme, target group, prevention package or keyword. */
    tag: 80,
    /** Municipalities, themes, target groups, prevention packages, related cases. */
    tags: 20,
    keywords: 40,
    contacts: 10,
    materials: 50,
    quotes: 20,
    submitterEmail: 200,
    /** The municipality's own page about the case (https). */
    canonicalUrl: 2000,
    /** The honeypot field of the form. */
    website: 200,
  },
  contact: { name: 120, jobTitle: 120, department: 200, organisation: 200, phone: 40, email: 200 },
  material: { title: 300, url: 2000 },
  quote: { text: 10000, person: 200, role: 300 },
  comment: { authorName: 100, text: 5000, email: 200, parentId: 64 },
  /**
   * Threads: at most `depth` levels of replies under a top-level comment (deeper replies are
   * placed at the deepest level), and `repliesShown` replies under each comment per read.
   */
  thread: { depth: 6, repliesShown: 10 },
  follow: { email: 200 },
  /** Vote and follow tokens (random, URL-safe). */
  token: { min: 16, max: 128 },
  search: { q: 200, value: 200, values: 50 },
  page: { max: 100000, size: 100 },
  honeypot: 500,
} as const;
