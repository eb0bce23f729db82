import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { RULE_MESSAGES, type TextRule } from '../schemas/guest-text.js';
import { langOf, problem, type FieldError, type Lang } from './problem.js';

type Issue = ZodError['issues'][number];

/** Zod's messages are English; a Danish reader gets Danish ones for the common cases. */
function messageOf(issue: Issue, lang: Lang): string {
  const i = issue as Issue & { minimum?: number | bigint; maximum?: number | bigint; origin?: string; format?: string; values?: unknown[]; input?: unknown };
  const en = lang === 'en';
  const text = i.origin === 'string';
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined) return en ? 'Required.' : 'Feltet skal udfyldes.';
      return en ? `Expected ${issue.expected}.` : `Forkert type; forventede ${issue.expected}.`;
    case 'too_small':
      if (text && Number(i.minimum) === 1) return en ? 'Must not be empty.' : 'Feltet må ikke være tomt.';
      if (text) return en ? `Must be at least ${i.minimum} characters.` : `Skal være mindst ${i.minimum} tegn.`;
      if (i.origin === 'array') return en ? `Needs at least ${i.minimum}.` : `Skal have mindst ${i.minimum}.`;
      return en ? `Must be at least ${i.minimum}.` : `Skal være mindst ${i.minimum}.`;
    case 'too_big':
      if (text) return en ? `Must be at most ${i.maximum} characters.` : `Må højst være ${i.maximum} tegn.`;
      if (i.origin === 'array') return en ? `At most ${i.maximum}.` : `Højst ${i.maximum}.`;
      return en ? `Must be at most ${i.maximum}.` : `Må højst være ${i.maximum}.`;
    case 'invalid_format':
      if (i.format === 'email') return en ? 'Must be a valid e-mail address.' : 'Skal være en gyldig e-mailadresse.';
      if (i.format === 'url') return en ? 'Must be a valid URL.' : 'Skal være en gyldig webadresse.';
      return en ? 'Has the wrong format.' : 'Har et forkert format.';
    case 'invalid_value':
      return en ? `Must be one of: ${(i.values ?? []).join(', ')}.` : `Skal være en af: ${(i.values ?? []).join(', ')}.`;
    case 'unrecognized_keys':
      return en ? `Unknown fields: ${issue.keys.join(', ')}.` : `Ukendte felter: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return en ? 'Has the wrong type or format.' : 'Har forkert type eller format.';
    case 'custom': {
      const name = (issue.params as { rule?: TextRule } | undefined)?.rule;
      return name && name in RULE_MESSAGES ? RULE_MESSAGES[name][lang] : issue.message;
    }
    default:
      return issue.message;
  }
}

export function fieldErrors(error: ZodError, lang: Lang, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: messageOf(issue, lang),
  }));
}

/** The defaultHook of every router: a failed validation becomes a 400 problem naming each field. */
export function validationHook(
  result: { success: true; data: unknown } | { success: false; error: ZodError; target?: string },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const target = 'target' in result ? result.target : undefined;
  const prefix = target === 'query' ? 'query' : target === 'param' ? 'path' : target === 'header' ? 'header' : undefined;
  return problem(c, 400, 'validation', {}, fieldErrors(result.error, langOf(c), prefix));
}
