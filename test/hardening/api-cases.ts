import { executeServerCommand } from '@web/test-runner-commands';
import type { CaseSection, Comment, NewCase } from '../../src/api/types.js';
import { apiBase } from '../api/helpers.js';
import { HOSTILE_HTTP_URLS, HOSTILE_PHONES } from './xss-payloads.js';

/** The municipality every test case of this folder has, so a list can show just them. */
export const TEST_MUNICIPALITY = 'Xssby';

/** A case as the tests send it (every field given). */
export type FullCase = Required<Omit<NewCase, 'website' | 'submitterEmail'>> & {
  contacts: Required<NewCase['contacts'][number]>[];
  quotes: { text: string; person: string | null; role: string | null }[];
  materials: { title: string; url: string | null }[];
};

export interface CommentInput {
  authorName: string;
  text: string;
  section?: CaseSection;
  /** Index of an earlier comment of the same case to reply to. */
  replyTo?: number;
}

async function send<T>(method: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(apiBase() + path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer as T;
}

/** Submits a case through the public API and publishes it as the moderator does. */
export async function publishCase(input: FullCase | NewCase): Promise<string> {
  const { id } = await send<{ id: string }>('POST', '/cases', input);
  const result = (await executeServerCommand('api-moderate', { path: `/moderation/cases/${encodeURIComponent(id)}/publish`, method: 'POST' })) as { status: number };
  if (result.status !== 200) throw new Error(`publishing ${id}: ${result.status}`);
  return id;
}

/** Takes the test's cases off the public site again, so other test files see the seed as it was. */
export async function rejectCases(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    // A rejection needs a reason (the submitter is told it).
    await executeServerCommand('api-moderate', { path: `/moderation/cases/${encodeURIComponent(id)}/reject`, method: 'POST', body: { reason: 'Testdata' } });
  }
}

/** Posts comments in order (a reply needs its parent's id) and returns them as stored. */
export async function postComments(caseId: string, comments: readonly CommentInput[]): Promise<Comment[]> {
  const stored: Comment[] = [];
  for (const c of comments) {
    const parentId = c.replyTo === undefined ? null : stored[c.replyTo]!.id;
    const { comment } = await send<{ comment: Comment }>('POST', `/cases/${encodeURIComponent(caseId)}/comments`, {
      authorName: c.authorName,
      text: c.text,
      parentId,
      section: c.section ?? null,
    });
    stored.push(comment);
  }
  return stored;
}

/** An ordinary, harmless case for the fault tests. */
export function plainCase(title: string): NewCase {
  return {
    title,
    subtitle: 'En case til fejltest',
    municipalities: [TEST_MUNICIPALITY],
    interventionType: 'projekt',
    purpose: 'At vise, at widgets kommer sig efter en fejl.',
    selfAssessment: { formaal: 3, implementering: 2 },
    contacts: [{ name: 'Fejl Testesen', jobTitle: 'Konsulent', department: null, organisation: 'Xssby Kommune', phone: '96114122', email: 'fejl@example.dk' }],
  };
}

const LONG = 20_000;

/**
 * Case `k` of `count`, holding the payloads in every text field, starting at a
 * different payload for each case so each payload lands in different fields.
 * Fields with a short limit or a format get the payloads that fit them.
 */
export function hostileCase(payloads: readonly string[], k: number): FullCase {
  const order = [...payloads.slice((k * 53) % payloads.length), ...payloads.slice(0, (k * 53) % payloads.length)];
  const unused = new Set(order);
  const take = (maxLength: number, accepts: (p: string) => boolean = () => true): string => {
    const fits = (p: string) => p.trim().length > 0 && p.trim().length <= maxLength && accepts(p);
    const fresh = order.find((p) => unused.has(p) && fits(p)) ?? order.find(fits)!;
    unused.delete(fresh);
    return fresh;
  };
  const many = (n: number, maxLength: number) => Array.from({ length: n }, () => take(maxLength));
  // Names need a letter or digit at the API ("-->" is not a name).
  const nameLike = (p: string) => /[\p{L}\p{N}]/u.test(p);

  const title = `XSS-prøve ${k}: ${take(180)}`;
  const c: FullCase = {
    title,
    subtitle: take(300),
    municipalities: [TEST_MUNICIPALITY, ...Array.from({ length: 5 }, () => take(80, nameLike))],
    organisation: take(200),
    contacts: Array.from({ length: 3 }, (_, i) => ({
      name: take(120, nameLike),
      jobTitle: take(120),
      department: take(200),
      organisation: take(200),
      phone: HOSTILE_PHONES[(k + i) % HOSTILE_PHONES.length]!,
      email: i === 0 ? "o'reilly+xss@example.dk" : `kontakt${i}@example.dk`,
    })),
    interventionType: 'projekt',
    // A fixed vocabulary (the API refuses any other value), so nothing hostile fits here.
    economyBracket: '< 50.000',
    // https only, but quotes and angle brackets are allowed in an address: it lands in <link rel="canonical">.
    canonicalUrl: `https://kommune.example.dk/case?k=${k}&x="><script>alert(1)</script>`,
    economyText: take(5000),
    purpose: take(LONG),
    targetGroupPrimary: take(2000),
    targetGroupSecondary: take(2000),
    arena: take(2000),
    targetGroups: many(6, 80),
    projectPeriod: take(200),
    preventionPackages: many(6, 80),
    // Not in the case bank's vocabulary: they arrive as proposals, and publishing accepts them.
    themes: many(6, 80),
    proposedThemes: [],
    proposedTargetGroups: [],
    keywords: many(10, 80),
    description: take(LONG),
    materials: [],
    organisationAndPartners: take(LONG),
    recruitment: take(LONG),
    quotes: Array.from({ length: 20 }, () => ({ text: take(10_000), person: take(200), role: take(300) })),
    effect: take(LONG),
    evaluated: true,
    evaluationText: take(LONG),
    selfAssessment: { formaal: 3, implementering: 2 },
    additionalComments: take(LONG),
    attentionPoints: take(LONG),
    barriers: take(LONG),
    facilitators: take(LONG),
    background: take(LONG),
    activities: take(LONG),
    expectedResults: take(LONG),
    actualResults: take(LONG),
    process: take(LONG),
    learnings: take(LONG),
    abstractType: take(2000),
  };
  // Whatever is left goes into materials (up to the API's 50), with hostile http(s) addresses (the API
  // refuses every other scheme: see test/server/abuse-input.test.ts) and one real one.
  const urls = [...HOSTILE_HTTP_URLS, 'https://example.dk/"><script>__xss(320)</script>'];
  for (let i = 0; i < 50; i++) c.materials.push({ title: take(300), url: urls[i % urls.length]! });
  // And the rest as paragraphs of the description.
  c.description = [c.description, ...order.filter((p) => unused.has(p))].join('\n\n');
  return c;
}

/** What a case card can show of a case. */
export const cardTexts = (c: FullCase): string[] =>
  [c.title, c.subtitle, ...c.municipalities, c.targetGroups[0], ...c.themes].filter((t): t is string => Boolean(t));

/** A contact's texts a contact box shows. */
export const contactTexts = (contact: FullCase['contacts'][number]): string[] =>
  [contact.name, contact.jobTitle, contact.department, contact.organisation, contact.phone, contact.email].filter((t): t is string => Boolean(t));

/** What the case page shows of a case (keywords, themes and target groups are for search and cards). */
export const detailTexts = (c: FullCase): string[] =>
  [
    c.title,
    c.subtitle,
    ...c.municipalities,
    c.abstractType,
    ...c.contacts.flatMap(contactTexts),
    c.projectPeriod,
    c.purpose,
    c.targetGroupPrimary,
    c.targetGroupSecondary,
    c.arena,
    ...c.preventionPackages,
    c.description,
    c.background,
    c.activities,
    c.expectedResults,
    c.actualResults,
    c.learnings,
    c.process,
    ...c.materials.map((m) => m.title),
    c.organisationAndPartners,
    c.recruitment,
    c.economyText,
    ...c.quotes.flatMap((q) => [q.text, q.person, q.role]),
    c.effect,
    c.evaluationText,
    c.additionalComments,
    c.attentionPoints,
    c.barriers,
    c.facilitators,
  ].filter((t): t is string => Boolean(t));

/**
 * The payloads as comments, two to a comment: one as the author's name (the
 * name holds at most 100 characters), another as the text. Some are replies,
 * some are feedback on a section of the case page.
 */
export function hostileComments(payloads: readonly string[]): CommentInput[] {
  const fitsName = (p: string) => p.trim().length <= 100 && /[\p{L}\p{N}]/u.test(p);
  const long = payloads.filter((p) => !fitsName(p));
  const short = payloads.filter(fitsName);
  const pairs: [string, string][] = long.map((text, i) => [short[i % short.length]!, text]);
  const names = short.slice(long.length);
  for (let i = 0; i < names.length; i += 2) pairs.push([names[i]!, names[i + 1] ?? names[0]!]);
  // Short payloads used for a long one's name are texts too.
  for (const name of short.slice(0, long.length)) pairs.push([name, name]);
  return pairs.map(([authorName, text], i) => ({
    authorName,
    text,
    ...(i % 7 === 3 ? { replyTo: i - 1 } : i % 11 === 5 ? { section: 'formaal' as const } : {}),
  }));
}
