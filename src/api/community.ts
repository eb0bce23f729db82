/**
 * The reader's side of the case API: ratings and votes, comments, following a
 * case, and submitting a new one. Built on the shared client's `request`, so
 * failures arrive as `ApiError` (status, detail, field errors, retryAfter).
 *
 * Reads that depend on a token of this device (a vote token, author tokens)
 * are asked with `request` instead of the shared cache: their answers differ
 * per reader and must not be shared with other widgets.
 */
import type { CaseApiClient } from './client.js';
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

export function fetchRatings(
  client: CaseApiClient,
  caseId: string,
  token: string | undefined,
  lang: Lang,
  signal?: AbortSignal,
): Promise<Ratings> {
  return client.request<Ratings>('GET', `${casePath(caseId)}/ratings`, {
    signal,
    lang,
    headers: token ? { 'X-Vote-Token': token } : undefined,
  });
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
}

export function fetchComments(
  client: CaseApiClient,
  caseId: string,
  query: CommentQuery,
  authorTokens: string[],
  lang: Lang,
  signal?: AbortSignal,
): Promise<CommentList> {
  return client.request<CommentList>('GET', `${casePath(caseId)}/comments`, {
    query: { ...query },
    signal,
    lang,
    headers: authorTokens.length ? { 'X-Author-Token': authorTokens.join(',') } : undefined,
  });
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
