/**
 * The reader's side of the case API: ratings and votes, comments, following a
 * case, and submitting a new one. Built on the shared client's `request`, so
 * failures arrive as `ApiError` (status, detail, field errors, retryAfter).
 *
 * Reads that depend on a token of this device (a vote token, author tokens)
 * are asked with `request` instead of the shared cache: their answers differ
 * per reader and must not be shared with other widgets.
 */
import { queryString, type CaseApiClient } from './client.js';
import type {
  CaseSection,
  CommentList,
  CommentPost,
  CommentPostResponse,
  FollowResponse,
  NewCase,
  NewCaseResponse,
  QuestionKey,
  RatingSummary,
  Ratings,
} from './types.js';

type Lang = 'da' | 'en';

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

/**
 * Identical GETs on their way are shared: a case page asks for the same
 * comments from every section's feedback thread and the same ratings for both
 * questions, and one request answers them all.
 */
const inflight = new Map<string, Promise<unknown>>();

function sharedGet<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = inflight.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load().finally(() => inflight.delete(key));
    inflight.set(key, promise);
  }
  return promise;
}

/** A shared request that one caller can stop waiting for without cancelling it for the others. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/**
 * The answer the server inlined for an anonymous read (see inline-data.ts), while
 * fresh. A write drops it (`client.invalidate`), and a reader with a token of
 * their own always asks the server.
 */
function inlined<T>(client: CaseApiClient, pathAndQuery: string, personal: boolean): Promise<T> | undefined {
  const value = personal ? undefined : client.peek<T>(pathAndQuery);
  return value === undefined ? undefined : Promise.resolve(value);
}

export function fetchRatings(
  client: CaseApiClient,
  caseId: string,
  token: string | undefined,
  lang: Lang,
  signal?: AbortSignal,
): Promise<Ratings> {
  const path = `${casePath(caseId)}/ratings`;
  const known = inlined<Ratings>(client, path, Boolean(token));
  if (known) return known;
  return abortable(
    sharedGet(`${client.baseUrl}${path}|${lang}|${token ?? ''}`, () =>
      client.request<Ratings>('GET', path, { lang, headers: token ? { 'X-Vote-Token': token } : undefined }),
    ),
    signal,
  );
}

/** The reader's vote; the same token again replaces the earlier vote. */
export async function sendVote(
  client: CaseApiClient,
  caseId: string,
  question: QuestionKey,
  value: number,
  voteToken: string,
  lang: Lang,
): Promise<RatingSummary> {
  const summary = await client.request<RatingSummary>('PUT', `${casePath(caseId)}/ratings/${question}`, {
    body: { value, voteToken },
    lang,
  });
  client.invalidate(`${casePath(caseId)}/ratings`);
  return summary;
}

export interface CommentQuery {
  sort: 'newest' | 'oldest';
  page: number;
  pageSize: number;
  /** A page of this comment's replies (oldest first) instead of the top-level comments. */
  parent?: string;
}

export function fetchComments(
  client: CaseApiClient,
  caseId: string,
  query: CommentQuery,
  authorTokens: string[],
  lang: Lang,
  signal?: AbortSignal,
): Promise<CommentList> {
  const path = `${casePath(caseId)}/comments`;
  const headers = authorTokens.length ? { 'X-Author-Token': authorTokens.join(',') } : undefined;
  const known = inlined<CommentList>(client, path + queryString({ ...query }), Boolean(headers));
  if (known) return known;
  return abortable(
    sharedGet(`${client.baseUrl}${path}${queryString({ ...query })}|${lang}|${headers?.['X-Author-Token'] ?? ''}`, () =>
      client.request<CommentList>('GET', path, { query: { ...query }, lang, headers }),
    ),
    signal,
  );
}

export async function postComment(
  client: CaseApiClient,
  caseId: string,
  comment: CommentPost & { section?: CaseSection | null },
  lang: Lang,
): Promise<CommentPostResponse> {
  const response = await client.request<CommentPostResponse>('POST', `${casePath(caseId)}/comments`, {
    body: comment,
    lang,
  });
  client.invalidate(`${casePath(caseId)}`);
  return response;
}

/** Asks the server to send a confirmation e-mail; the address follows the case once confirmed. */
export function followCase(
  client: CaseApiClient,
  caseId: string,
  email: string,
  website: string,
  lang: Lang,
): Promise<FollowResponse> {
  return client.request<FollowResponse>('POST', `${casePath(caseId)}/followers`, {
    body: { email, ...(website ? { website } : {}) },
    lang,
  });
}

/** A new case, held as pending until a moderator publishes it. */
export function submitCase(client: CaseApiClient, input: NewCase, lang: Lang): Promise<NewCaseResponse> {
  return client.request<NewCaseResponse>('POST', '/cases', { body: input, lang });
}
