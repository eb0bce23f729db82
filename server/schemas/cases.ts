import { z } from '@hono/zod-openapi';
import { QuestionKeySchema, ScaleValueSchema } from './common.js';

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

export const CaseStatusSchema = z.enum(['pending', 'published', 'rejected']).openapi('CaseStatus');
export const InterventionTypeSchema = z
  .enum(['projekt', 'permanent'])
  .openapi('InterventionType', { description: 'projekt = a project; permanent = a permanent service.' });
export const CaseKindSchema = z
  .enum(['case', 'artikel', 'abstract'])
  .openapi('CaseKind', { description: 'The format of the source: a case page, an article, a practice abstract.' });

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
    generated: z.boolean().openapi({ description: 'True for generated demo/load data.' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('CaseSummary');

/** The writable content of a case: every field the source formats carry. */
export const CaseContentSchema = z.object({
  title: z.string().trim().min(3).max(200),
  subtitle: z.string().trim().max(300).nullable().default(null),
  kind: CaseKindSchema.default('case'),
  municipalities: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  organisation: z.string().trim().max(200).nullable().default(null),
  contacts: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(120),
        jobTitle: z.string().trim().max(120).nullable().default(null),
        department: z.string().trim().max(200).nullable().default(null),
        organisation: z.string().trim().max(200).nullable().default(null),
        phone: z.string().trim().max(40).nullable().default(null),
        email: z.email().max(200).nullable().default(null),
      }),
    )
    .max(10)
    .default([]),
  interventionType: InterventionTypeSchema.nullable().default(null),
  economyBracket: z.string().trim().max(40).nullable().default(null),
  economyText: z.string().max(5000).nullable().default(null),
  purpose: z.string().max(20000).nullable().default(null),
  targetGroupPrimary: z.string().max(2000).nullable().default(null),
  targetGroupSecondary: z.string().max(2000).nullable().default(null),
  arena: z.string().max(2000).nullable().default(null),
  targetGroups: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  projectPeriod: z.string().max(200).nullable().default(null),
  preventionPackages: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  themes: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  keywords: z.array(z.string().trim().min(1).max(80)).max(40).default([]),
  description: z.string().max(40000).nullable().default(null),
  materials: z
    .array(z.object({ title: z.string().trim().min(1).max(300), url: z.url().max(2000).nullable().default(null) }))
    .max(50)
    .default([]),
  organisationAndPartners: z.string().max(20000).nullable().default(null),
  recruitment: z.string().max(20000).nullable().default(null),
  quotes: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(10000),
        person: z.string().max(200).nullable().default(null),
        role: z.string().max(300).nullable().default(null),
      }),
    )
    .max(20)
    .default([]),
  effect: z.string().max(20000).nullable().default(null),
  evaluated: z.boolean().nullable().default(null),
  evaluationText: z.string().max(20000).nullable().default(null),
  selfAssessment: z
    .object({ formaal: ScaleValueSchema.nullable().default(null), implementering: ScaleValueSchema.nullable().default(null) })
    .default({ formaal: null, implementering: null }),
  additionalComments: z.string().max(20000).nullable().default(null),
  attentionPoints: z.string().max(20000).nullable().default(null),
  barriers: z.string().max(20000).nullable().default(null),
  facilitators: z.string().max(20000).nullable().default(null),
  background: z.string().max(20000).nullable().default(null),
  activities: z.string().max(20000).nullable().default(null),
  expectedResults: z.string().max(20000).nullable().default(null),
  actualResults: z.string().max(20000).nullable().default(null),
  process: z.string().max(20000).nullable().default(null),
  learnings: z.string().max(20000).nullable().default(null).openapi({
    description: 'Særlig læring/særlig succes (practice-abstract format).',
  }),
  abstractType: z.string().max(2000).nullable().default(null).openapi({
    description: 'Type of a practice abstract (e.g. workshop context).',
  }),
  relatedCaseIds: z.array(z.string().max(120)).max(20).default([]),
});

export const CaseSchema = CaseSummarySchema.extend({
  status: CaseStatusSchema,
  contacts: z.array(ContactSchema),
  economyText: z.string().nullable(),
  purpose: z.string().nullable(),
  targetGroupPrimary: z.string().nullable(),
  targetGroupSecondary: z.string().nullable(),
  arena: z.string().nullable(),
  projectPeriod: z.string().nullable(),
  description: z.string().nullable(),
  materials: z.array(MaterialSchema),
  organisationAndPartners: z.string().nullable(),
  recruitment: z.string().nullable(),
  quotes: z.array(QuoteSchema),
  effect: z.string().nullable(),
  evaluationText: z.string().nullable(),
  selfAssessment: SelfAssessmentSchema,
  additionalComments: z.string().nullable(),
  attentionPoints: z.string().nullable(),
  barriers: z.string().nullable(),
  facilitators: z.string().nullable(),
  background: z.string().nullable(),
  activities: z.string().nullable(),
  expectedResults: z.string().nullable(),
  actualResults: z.string().nullable(),
  process: z.string().nullable(),
  learnings: z.string().nullable(),
  abstractType: z.string().nullable(),
  related: z.array(CaseSummarySchema).openapi({ description: 'Summaries of the related (published) cases.' }),
}).openapi('Case');

/** A new case from a municipality; it is held as pending until a moderator publishes it. */
export const NewCaseSchema = CaseContentSchema.omit({ kind: true, relatedCaseIds: true })
  .extend({
    municipalities: z.array(z.string().trim().min(1).max(80)).min(1).max(20),
    contacts: CaseContentSchema.shape.contacts.unwrap().min(1),
    submitterEmail: z.email().max(200).optional().openapi({
      description: 'Where the moderator can reach the submitter; never published.',
    }),
    website: z.string().max(200).optional().openapi({ description: 'Honeypot: leave empty.' }),
  })
  .openapi('NewCase');

export const NewCaseResponseSchema = z
  .object({ id: z.string(), status: CaseStatusSchema })
  .openapi('NewCaseResponse');

export const SORTS = ['relevance', 'newest', 'views', 'title'] as const;
export const FACETS = [
  'municipality',
  'theme',
  'targetGroup',
  'interventionType',
  'preventionPackage',
  'evaluated',
  'economyBracket',
] as const;

const repeatable = (description: string) =>
  z
    .union([z.string().max(200), z.array(z.string().max(200)).max(50)])
    .optional()
    .openapi({ description: `${description} Repeat the parameter to match any of several values.` });

export const CaseSearchParamsSchema = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Danish full-text search; the last word matches as a prefix.' }),
  municipality: repeatable('Municipality, e.g. "Holstebro" (a trailing " Kommune" is ignored).'),
  theme: repeatable('Theme.'),
  targetGroup: repeatable('Target group.'),
  interventionType: repeatable('projekt or permanent.'),
  preventionPackage: repeatable('Prevention-package type, e.g. "Information og undervisning".'),
  evaluated: repeatable('true or false.'),
  economyBracket: repeatable('Yearly economy bracket, e.g. "< 50.000".'),
  sort: z.enum(SORTS).optional().openapi({ description: 'Default: relevance when q is given, else newest.' }),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const FacetValueSchema = z
  .object({ value: z.string(), count: z.number().int() })
  .openapi('FacetValue');

export const FacetsSchema = z
  .object({
    municipality: z.array(FacetValueSchema),
    theme: z.array(FacetValueSchema),
    targetGroup: z.array(FacetValueSchema),
    interventionType: z.array(FacetValueSchema),
    preventionPackage: z.array(FacetValueSchema),
    evaluated: z.array(FacetValueSchema),
    economyBracket: z.array(FacetValueSchema),
  })
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
