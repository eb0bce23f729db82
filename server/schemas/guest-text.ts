import { z } from '@hono/zod-openapi';
import { hasVisible, hasVisibleLetter, isPlainHttpUrl, stripBidi } from '../text/visible.js';

/**
 * Field rules for what guests write. A failed rule is a zod "custom" issue whose `params.rule`
 * names one of RULE_MESSAGES, so the problem+json says in Danish or English what to change.
 */
export const RULE_MESSAGES = {
  'visible-letter': {
    da: 'Skal indeholde synlige bogstaver (ikke kun mellemrum eller usynlige tegn).',
    en: 'Must contain visible letters (not only spaces or invisible characters).',
  },
  'visible-text': {
    da: 'Skal indeholde synlig tekst (ikke kun mellemrum eller usynlige tegn).',
    en: 'Must contain visible text (not only spaces or invisible characters).',
  },
  'https-url': {
    da: 'Skal være en webadresse, der begynder med https:// (uden brugernavn, mellemrum eller skjulte tegn).',
    en: 'Must be a web address starting with https:// (no user name, spaces or hidden characters).',
  },
  'http-url': {
    da: 'Skal være en webadresse, der begynder med http:// eller https:// (uden brugernavn, mellemrum eller skjulte tegn).',
    en: 'Must be a web address starting with http:// or https:// (no user name, spaces or hidden characters).',
  },
} as const;

export type TextRule = keyof typeof RULE_MESSAGES;

// abort: a blank value gets this one message, not also "must not be empty".
const rule = (name: TextRule) => ({ params: { rule: name }, abort: true });

/** A name (of a person, a municipality, a case): bidi controls removed, at least one visible letter. */
export const nameText = (max: number, min = 1) =>
  z.string().overwrite(stripBidi).trim().refine(hasVisibleLetter, rule('visible-letter')).min(min).max(max);

/** A short label shown as-is (a title, a job title): bidi controls removed, something visible. */
export const labelText = (max: number) =>
  z.string().overwrite(stripBidi).trim().max(max).refine((s) => s === '' || hasVisible(s), rule('visible-text'));

/** Free text (a comment, a quote): kept as written, but not only invisible characters. */
export const freeText = (max: number) => z.string().trim().refine(hasVisible, rule('visible-text')).max(max);

/** An address readers and other API consumers may open: http(s) only, nothing deceptive. */
/** A page search engines are sent to (the canonical address): https only, nothing deceptive. */
export const httpsUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => /^https:\/\//i.test(text) && isPlainHttpUrl(text), rule('https-url'))
    .openapi({ format: 'uri', description: 'An https:// address.' });

export const httpUrl = (max: number) =>
  z.string().trim().max(max).refine(isPlainHttpUrl, rule('http-url')).openapi({ format: 'uri', description: 'An http:// or https:// address.' });
