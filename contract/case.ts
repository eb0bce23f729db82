/**
 * A case's fields, written once. The reference server builds its schemas, its
 * storage mapping and its full-text body from these lists; the elements and the
 * published types read the same ones.
 */
import type { CaseKind, CaseSort, CaseStatus, EconomyBracket, FacetName, InterventionType, QuestionKey, ScaleValue } from './vocabulary.js';

/**
 * The free-text fields of a case (each `string | null`) with their maximum
 * length, in the order of the case format. Prose, so it is searched in full.
 */
export const CASE_TEXT_FIELDS = {
  economyText: 5000,
  purpose: 20000,
  targetGroupPrimary: 2000,
  targetGroupSecondary: 2000,
  arena: 2000,
  projectPeriod: 200,
  description: 40000,
  organisationAndPartners: 20000,
  recruitment: 20000,
  effect: 20000,
  evaluationText: 20000,
  additionalComments: 20000,
  attentionPoints: 20000,
  barriers: 20000,
  facilitators: 20000,
  background: 20000,
  activities: 20000,
  expectedResults: 20000,
  actualResults: 20000,
  process: 20000,
  /** Særlig læring/særlig succes (practice-abstract format). */
  learnings: 20000,
  /** Type of a practice abstract (e.g. workshop context). */
  abstractType: 2000,
} as const;
export type CaseTextField = keyof typeof CASE_TEXT_FIELDS;
export const CASE_TEXT_FIELD_NAMES = Object.keys(CASE_TEXT_FIELDS) as CaseTextField[];
export type CaseText = { [K in CaseTextField]: string | null };

/** The tag lists of a case: what the list's facets and the card's chips are made of. */
export const CASE_TAG_FIELDS = ['municipalities', 'targetGroups', 'themes', 'keywords', 'preventionPackages'] as const;
export type CaseTagField = (typeof CASE_TAG_FIELDS)[number];

/** A person to contact about the case (published work details only). */
export interface Contact {
  name: string;
  jobTitle: string | null;
  department: string | null;
  organisation: string | null;
  phone: string | null;
  /** The published work e-mail of the case contact (never a reader's address). */
  email: string | null;
}

export interface Material {
  title: string;
  url: string | null;
}

export interface Quote {
  text: string;
  person: string | null;
  role: string | null;
}

/** The case owner's own answers on the 4-point scale. */
export type SelfAssessment = { [K in QuestionKey]: ScaleValue | null };

/** How readers answered one self-assessment question, in short: enough for a card. */
export interface ReaderRating {
  question: QuestionKey;
  /** Readers who answered (one vote per reader). */
  count: number;
  /** Mean answer on the 1–4 scale, one decimal. */
  average: number;
}

/** What a list shows of a case. */
export interface CaseSummary {
  id: string;
  title: string;
  subtitle: string | null;
  kind: CaseKind;
  municipalities: string[];
  organisation: string | null;
  interventionType: InterventionType | null;
  /** e.g. '< 50.000' */
  economyBracket: string | null;
  targetGroups: string[];
  themes: string[];
  keywords: string[];
  preventionPackages: string[];
  evaluated: boolean | null;
  /** A short plain-text teaser. */
  excerpt: string | null;
  viewCount: number;
  commentCount: number;
  /** The readers' votes per self-assessment question that has any, in question order. */
  readerRatings: ReaderRating[];
  /** True for generated demo/load data. */
  generated: boolean;
  /** ISO 8601 date-time. */
  createdAt: string;
  /** ISO 8601 date-time. */
  updatedAt: string;
}

/** The structured (non-text) content of a case. */
export interface CaseStructured {
  contacts: Contact[];
  materials: Material[];
  quotes: Quote[];
  selfAssessment: SelfAssessment;
  /**
   * The municipality's own page about the case (https), when it has one: the
   * case's page on this server names it as canonical (`<link rel="canonical">`,
   * `og:url`), so search engines credit the municipality's page.
   */
  canonicalUrl: string | null;
}

/** A case in full, as GET /cases/{id} answers. */
export interface Case extends CaseSummary, CaseText, CaseStructured {
  status: CaseStatus;
  /** Summaries of the related (published) cases. */
  related: CaseSummary[];
}

/** Body of POST /cases: a new case from a municipality, held as pending until a moderator publishes it. */
export interface NewCase extends Partial<CaseText> {
  title: string;
  subtitle?: string | null;
  municipalities: string[];
  organisation?: string | null;
  contacts: Array<Pick<Contact, 'name'> & Partial<Omit<Contact, 'name'>>>;
  interventionType: InterventionType;
  /** One of ECONOMY_BRACKETS. */
  economyBracket?: EconomyBracket | null;
  /** Target groups in use (see the facets of GET /cases); another value waits as a proposal. */
  targetGroups?: string[];
  preventionPackages?: string[];
  /** Themes in use (see the facets of GET /cases); another value waits as a proposal. */
  themes?: string[];
  /** New themes the submitter proposes; a moderator accepts or maps each to a theme in use. */
  proposedThemes?: string[];
  /** New target groups the submitter proposes; a moderator accepts or maps each. */
  proposedTargetGroups?: string[];
  keywords?: string[];
  materials?: Array<Pick<Material, 'title'> & Partial<Omit<Material, 'title'>>>;
  quotes?: Array<Pick<Quote, 'text'> & Partial<Omit<Quote, 'text'>>>;
  evaluated?: boolean | null;
  selfAssessment?: Partial<SelfAssessment>;
  /** The municipality's own page about the case: an https:// address. */
  canonicalUrl?: string | null;
  /** Where the moderator can reach the submitter; never published. */
  submitterEmail?: string;
  /** Honeypot: leave empty. */
  website?: string;
}

export interface NewCaseResponse {
  id: string;
  status: CaseStatus;
}

/** Query of GET /cases (repeatable filters accept a string or a list). */
export interface CaseSearchParams {
  /** Danish full-text search; the last word matches as a prefix. */
  q?: string;
  municipality?: string | string[];
  theme?: string | string[];
  targetGroup?: string | string[];
  interventionType?: string | string[];
  preventionPackage?: string | string[];
  evaluated?: string | string[];
  economyBracket?: string | string[];
  sort?: CaseSort;
  /** 1-based. */
  page?: number;
  /** 1–100, default 20. */
  pageSize?: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

/** Counts per value of each facet, with every other active filter (and q) applied. */
export type Facets = { [K in FacetName]: FacetValue[] };

/** Answer of GET /cases. */
export interface CaseSearchResult {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets: Facets;
}

/** Answer of POST /cases/{id}/views. */
export interface ViewResult {
  viewCount: number;
  counted: boolean;
}
