import { z } from '@hono/zod-openapi';
import { isDeepStrictEqual } from 'node:util';
import { commonErrors, problemResponse } from '../../schemas/common.js';

export const security = [{ moderatorToken: [] }];

/** The refusals every moderation route can give, besides its own. */
export const deskErrors = {
  ...commonErrors,
  401: problemResponse('No moderator token, or not the token of an active moderator (revoked tokens are refused at once).'),
  429: problemResponse('Too many requests, or too many wrong moderator tokens from this address; see Retry-After.'),
  503: problemResponse('The desk has no moderator (create one with `npm run moderator -- add "Name"`), or the database is unavailable for the moment.'),
};

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const body = <T extends z.ZodType>(schema: T, required = true) => ({
  body: { required, content: { 'application/json': { schema } } },
});

export const ListQuerySchema = z.object({
  status: z.enum(['pending', 'published', 'rejected', 'hidden']).default('pending'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const CaseIdSchema = z.object({
  id: z.string().min(1).max(120).openapi({ param: { name: 'id', in: 'path' } }),
});

export const CommentIdSchema = z.object({
  id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }),
});

/** Equal content, whatever the order of object keys (jsonb does not keep it). */
export const same = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);
