import { z } from '@hono/zod-openapi';

/** Stable anchor keys for the sections of a case page (also the `section` of inline feedback). */
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

export const CaseSectionSchema = z.enum(CASE_SECTIONS).openapi('CaseSection', {
  description: 'Anchor key of a section of the case page.',
});

/** The two self-assessment questions of the case format, by stable key. */
export const QUESTIONS = {
  formaal: { da: 'Er formålet opfyldt?', en: 'Has the purpose been achieved?' },
  implementering: {
    da: 'Er indsatsen blevet implementeret som planlagt?',
    en: 'Has the intervention been implemented as planned?',
  },
} as const;

export const QuestionKeySchema = z.enum(['formaal', 'implementering']).openapi('QuestionKey');

/** 1 = Slet ikke, 2 = I mindre grad, 3 = I nogen grad, 4 = I høj grad. */
export const SCALE_LABELS = {
  da: ['Slet ikke', 'I mindre grad', 'I nogen grad', 'I høj grad'],
  en: ['Not at all', 'To a small extent', 'To some extent', 'To a large extent'],
} as const;

export const ScaleValueSchema = z.number().int().min(1).max(4).openapi('ScaleValue', {
  description: '1 = Slet ikke, 2 = I mindre grad, 3 = I nogen grad, 4 = I høj grad.',
});

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://casekit.dk/problems/validation' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'For validation problems: each failing field (dot path) and why.' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details (application/problem+json).' });

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The error responses every route may give. */
export const commonErrors = {
  400: problemResponse('Invalid request (validation failure or malformed JSON).'),
  // Declared without a schema on purpose: handlers may then return the Response of problem().
  500: { description: 'Unexpected server fault (application/problem+json).' },
  429: problemResponse('Too many requests; see Retry-After.'),
  503: problemResponse('The database is unavailable for the moment (e.g. restarting); try again after Retry-After seconds.'),
} as const;

export const CaseIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'faellesskabsportraetter-holstebro' }),
});
