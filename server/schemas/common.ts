import { z } from '@hono/zod-openapi';
import { CASE_SECTIONS, LIMITS, QUESTION_KEYS, SCALE_VALUES, type Problem, type ScaleValue } from '../../contract/index.js';
import type { Equal, Expect } from './type-checks.js';

// The vocabularies live in contract/; re-exported for the server code that reads them here.
export { CASE_SECTIONS, QUESTIONS, SCALE_LABELS } from '../../contract/index.js';

export const CaseSectionSchema = z.enum(CASE_SECTIONS).openapi('CaseSection', {
  description: 'Anchor key of a section of the case page.',
});

export const QuestionKeySchema = z.enum(QUESTION_KEYS).openapi('QuestionKey');

// Validated as an integer 1–4 (whose error messages readers already get), typed as
// the contract's 1 | 2 | 3 | 4 — which is exactly what passes the check.
export const ScaleValueSchema = z
  .number()
  .int()
  .min(SCALE_VALUES[0])
  .max(SCALE_VALUES[SCALE_VALUES.length - 1]!)
  .openapi('ScaleValue', {
    description: '1 = Slet ikke, 2 = I mindre grad, 3 = I nogen grad, 4 = I høj grad.',
  }) as unknown as z.ZodType<ScaleValue, ScaleValue>;

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
export type _ProblemMatches = Expect<Equal<z.infer<typeof ProblemSchema>, Problem>>;

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
    .max(LIMITS.caseId)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'faellesskabsportraetter-holstebro' }),
});
