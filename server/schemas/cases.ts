import { z } from '@hono/zod-openapi';
import {
  CASE_KINDS,
  CASE_STATUSES,
  CASE_TEXT_FIELD_NAMES,
  CASE_TEXT_FIELDS,
  ECONOMY_BRACKETS,
  FACETS,
  INTERVENTION_TYPES,
  LIMITS,
  SORTS,
  type Case,
  type CaseSearchParams,
  type CaseSearchResult,
  type CaseSummary,
  type CaseTextField,
  type NewCase,
  type NewCaseResponse,
  type ViewResult,
} from '../../contract/index.js';
import { QuestionKeySchema, ScaleValueSchema } from './common.js';
import { freeText, httpsUrl, httpUrl, labelText, nameText } from './guest-text.js';
import type { Accepts, Equal, Expect } from './type-checks.js';

// The lists live in contract/; re-exported for the server code that reads them here.
export { FACETS, SORTS } from '../../contract/index.js';

/** One zod field per entry of a contract list, keyed like it. */
const fieldsOf = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: (key: K) => S) =>
  Object.fromEntries(keys.map((k) => [k, schema(k)])) as { [P in K]: S };

const TEXT_FIELD_DESCRIPTIONS: Partial<Record<CaseTextField, string>> = {
  learnings: 'Særlig læring/særlig succes (practice-abstract format).',
  abstractType: 'Type of a practice abstract (e.g. workshop context).',
};

const { contact: C, material: M, quote: Q, case: L } = LIMITS;

export const ContactSchema = z
  .object({
    name: z.string(),
    jobTitle: z.string().nullable(),
    department: z.string().nullable(),
    organisation: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable().openapi({
      description: 'The published work e-mail of the case contact (never a reader’s address).',
    }),
  })
  .openapi('Contact');

export const MaterialSchema = z
  .object({ title: z.string(), url: z.string().nullable() })
  .openapi('Material');

export const QuoteSchema = z
  .object({ text: z.string(), person: z.string().nullable(), role: z.string().nullable() })
  .openapi('Quote');

export const CaseStatusSchema = z.enum(CASE_STATUSES).openapi('CaseStatus');
export const InterventionTypeSchema = z
  .enum(INTERVENTION_TYPES)
  .openapi('InterventionType', { description: 'projekt = a project; permanent = a permanent service.' });
export const CaseKindSchema = z
  .enum(CASE_KINDS)
  .openapi('CaseKind', { description: 'The format of the source: a case page, an article, a practice abstract.' });

export const EconomyBracketSchema = z
  .enum(ECONOMY_BRACKETS)
  .openapi('EconomyBracket', { description: 'One of the fixed yearly economy brackets (kroner).' });

export const SelfAssessmentSchema = z
  .object({ formaal: ScaleValueSchema.nullable(), implementering: ScaleValueSchema.nullable() })
  .openapi('SelfAssessment', { description: 'The case owner’s own answers on the 4-point scale.' });

export const CaseSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'faellesskabsportraetter-holstebro' }),
    title: z.string(),
    subtitle: z.string().nullable(),
    kind: CaseKindSchema,
    municipalities: z.array(z.string()).openapi({ example: ['Holstebro'] }),
    organisation: z.string().nullable(),
    interventionType: InterventionTypeSchema.nullable(),
    economyBracket: z.string().nullable().openapi({ example: '< 50.000' }),
    targetGroups: z.array(z.string()),
    themes: z.array(z.string()),
    keywords: z.array(z.string()),
    preventionPackages: z.array(z.string()),
    evaluated: z.boolean().nullable(),
    excerpt: z.string().nullable().openapi({ description: 'A short plain-text teaser.' }),
    viewCount: z.number().int(),
    commentCount: z.number().int(),
    readerRatings: z
      .array(z.object({ question: QuestionKeySchema, count: z.number().int(), average: z.number() }))
      .openapi({ description: 'The readers’ votes per self-assessment question that has any: how many and the mean (1–4, one decimal).' }),
    generated: z.boolean().openapi({ description: 'True for generated demo/load data.' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('CaseSummary');

const describedText = (key: CaseTextField, schema: z.ZodType) => {
  const description = TEXT_FIELD_DESCRIPTIONS[key];
  return description ? schema.openapi({ description }) : schema;
};

const tags = (max: number = L.tags) => z.array(z.string().trim().min(1).max(L.tag)).max(max).default([]);

/** The writable content of a case: every field the source formats carry. */
export const CaseContentSchema = z.object({
  title: nameText(L.title, L.titleMin),
  subtitle: labelText(L.subtitle).nullable().default(null),
  kind: CaseKindSchema.default('case'),
  municipalities: z.array(nameText(L.tag)).max(L.tags).default([]),
  organisation: labelText(L.organisation).nullable().default(null),
  contacts: z
    .array(
      z.object({
        name: nameText(C.name),
        jobTitle: labelText(C.jobTitle).nullable().default(null),
        department: labelText(C.department).nullable().default(null),
        organisation: labelText(C.organisation).nullable().default(null),
        phone: labelText(C.phone).nullable().default(null),
        email: z.email().max(C.email).nullable().default(null),
      }),
    )
    .max(L.contacts)
    .default([]),
  interventionType: InterventionTypeSchema.nullable().default(null),
  economyBracket: z.string().trim().max(L.economyBracket).nullable().default(null),
  targetGroups: tags(),
  preventionPackages: tags(),
  themes: tags(),
  keywords: tags(L.keywords),
  ...fieldsOf(CASE_TEXT_FIELD_NAMES, (key) =>
    describedText(key, z.string().max(CASE_TEXT_FIELDS[key]).nullable().default(null)) as z.ZodDefault<z.ZodNullable<z.ZodString>>,
  ),
  materials: z
    .array(z.object({ title: freeText(M.title), url: httpUrl(M.url).nullable().default(null) }))
    .max(L.materials)
    .default([]),
  quotes: z
    .array(
      z.object({
        text: freeText(Q.text),
        person: labelText(Q.person).nullable().default(null),
        role: labelText(Q.role).nullable().default(null),
      }),
    )
    .max(L.quotes)
    .default([]),
  evaluated: z.boolean().nullable().default(null),
  selfAssessment: z
    .object({ formaal: ScaleValueSchema.nullable().default(null), implementering: ScaleValueSchema.nullable().default(null) })
    .default({ formaal: null, implementering: null }),
  relatedCaseIds: z.array(z.string().max(LIMITS.caseId)).max(L.tags).default([]),
  canonicalUrl: httpsUrl(L.canonicalUrl).nullable().default(null).openapi({
    description: 'The municipality’s own page about the case (https): the canonical address of the case’s page here.',
  }),
});

export const CaseSchema = CaseSummarySchema.extend({
  status: CaseStatusSchema,
  contacts: z.array(ContactSchema),
  ...fieldsOf(CASE_TEXT_FIELD_NAMES, (key) => describedText(key, z.string().nullable()) as z.ZodNullable<z.ZodString>),
  materials: z.array(MaterialSchema),
  quotes: z.array(QuoteSchema),
  selfAssessment: SelfAssessmentSchema,
  canonicalUrl: z.string().nullable().openapi({ format: 'uri', description: 'The municipality’s own page about the case, if it has one.' }),
  related: z.array(CaseSummarySchema).openapi({ description: 'Summaries of the related (published) cases.' }),
}).openapi('Case');

const tagList = z.array(z.string().trim().min(1).max(L.tag)).max(L.tags);

/**
 * A new case from a municipality; it is held as pending until a moderator publishes it. It
 * speaks the case bank's vocabulary: a fixed economy bracket, an intervention type, and
 * themes and target groups from the values in use — anything else it names waits as a
 * proposal for a moderator to accept or map.
 */
export const NewCaseSchema = CaseContentSchema.omit({ kind: true, relatedCaseIds: true })
  .extend({
    municipalities: z.array(nameText(L.tag)).min(1).max(L.tags),
    contacts: CaseContentSchema.shape.contacts.unwrap().min(1),
    interventionType: InterventionTypeSchema,
    economyBracket: EconomyBracketSchema.nullable().default(null),
    proposedThemes: tagList.default([]).openapi({ description: 'New themes the submitter proposes; a moderator accepts or maps each.' }),
    proposedTargetGroups: tagList.default([]).openapi({ description: 'New target groups the submitter proposes; a moderator accepts or maps each.' }),
    submitterEmail: z.email().max(L.submitterEmail).optional().openapi({
      description: 'Where the moderator can reach the submitter; never published.',
    }),
    website: z.string().max(L.website).optional().openapi({ description: 'Honeypot: leave empty.' }),
  })
  .openapi('NewCase');

export const NewCaseResponseSchema = z
  .object({ id: z.string(), status: CaseStatusSchema })
  .openapi('NewCaseResponse');

const repeatable = (description: string) =>
  z
    .union([z.string().max(LIMITS.search.value), z.array(z.string().max(LIMITS.search.value)).max(LIMITS.search.values)])
    .optional()
    .openapi({ description: `${description} Repeat the parameter to match any of several values.` });

export const CaseSearchParamsSchema = z.object({
  q: z.string().max(LIMITS.search.q).optional().openapi({ description: 'Danish full-text search; the last word matches as a prefix.' }),
  municipality: repeatable('Municipality, e.g. "Holstebro" (a trailing " Kommune" is ignored).'),
  theme: repeatable('Theme.'),
  targetGroup: repeatable('Target group.'),
  interventionType: repeatable('projekt or permanent.'),
  preventionPackage: repeatable('Prevention-package type, e.g. "Information og undervisning".'),
  evaluated: repeatable('true or false.'),
  economyBracket: repeatable('Yearly economy bracket, e.g. "< 50.000".'),
  sort: z.enum(SORTS).optional().openapi({ description: 'Default: relevance when q is given, else newest.' }),
  page: z.coerce.number().int().min(1).max(LIMITS.page.max).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.page.size).default(20),
});

export const FacetValueSchema = z
  .object({ value: z.string(), count: z.number().int() })
  .openapi('FacetValue');

export const FacetsSchema = z
  .object(fieldsOf(FACETS, () => z.array(FacetValueSchema)))
  .openapi('Facets', {
    description: 'Counts per value of each facet, with every other active filter (and q) applied.',
  });

export const CaseSearchResultSchema = z
  .object({
    items: z.array(CaseSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: FacetsSchema,
  })
  .openapi('CaseSearchResult');

export const ViewResultSchema = z
  .object({ viewCount: z.number().int(), counted: z.boolean() })
  .openapi('ViewResult');

export const SelfAssessmentQuestionSchema = QuestionKeySchema;

// The schemas above and the contract's types must describe the same JSON.
export type _CaseChecks = [
  Expect<Equal<z.infer<typeof CaseSummarySchema>, CaseSummary>>,
  Expect<Equal<z.infer<typeof CaseSchema>, Case>>,
  Expect<Equal<z.infer<typeof CaseSearchResultSchema>, CaseSearchResult>>,
  Expect<Equal<z.infer<typeof ViewResultSchema>, ViewResult>>,
  Expect<Equal<z.infer<typeof NewCaseResponseSchema>, NewCaseResponse>>,
  Expect<Accepts<z.input<typeof NewCaseSchema>, NewCase>>,
  Expect<Accepts<z.input<typeof CaseSearchParamsSchema>, CaseSearchParams>>,
];
