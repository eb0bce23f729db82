/**
 * The reader's side of the case API: ratings and votes, comments, following a
 * case, and submitting a new one. Built on the shared client's `request`, so
 * failures arrive as `ApiError` (status, detail, field errors, retryAfter).
 *
 * Reads that depend on a token of this device (a vote token, author tokens)
 * go through the shared cache as the reader's own entries (keyed by the token,
 * see `ReaderView`), so other widgets never see them and the reader's own
 * write drops them.
 */
import type { CaseApiClient } from './client.js';
import type { Resource } from './resource.js';
import { forgetAuthorTokens } from '../internal/device-storage.js';
import type {
  CaseSection,
  Comment,
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
 * A read through the shared cache: one request answers every widget that asks
 * for the same thing (both questions' scales, every section's feedback thread),
 * and it stays fresh until it ages or the reader's own write invalidates it.
 * A read after a failure asks again (the "Prøv igen" of the widget).
 */
function cachedRead<T>(resource: Resource<T>, signal: AbortSignal | undefined): Promise<T> {
  if (resource.status === 'error') resource.refresh();
  return resource.read(signal);
}

/**
 * The answer the server inlined for an anonymous read (see inline-data.ts), as
 * the reader's own entry. It is shown at once even when old (an embed pasted
 * into a CMS long ago), so nothing moves; an old one is revalidated with its
 * ETag in the background, and `onNewer` runs when the server had a newer one
 * (the widget reads again and gets it). A write drops it (`client.invalidate`),
 * and a reader with a token of their own always asks the server.
 */
function inlined<T>(resource: Resource<T> | undefined, onNewer?: () => void): Promise<T> | undefined {
  const value = resource?.value;
  if (!resource || value === undefined) return undefined;
  if (!resource.fresh) {
    resource.read().then(
      (latest) => {
        if (latest !== value) onNewer?.();
      },
      () => undefined, // the old answer stays; the next read asks again
    );
  }
  return Promise.resolve(value);
}

export function fetchRatings(
  client: CaseApiClient,
  caseId: string,
  token: string | undefined,
  lang: Lang,
  signal?: AbortSignal,
  onNewer?: () => void,
): Promise<Ratings> {
  const path = `${casePath(caseId)}/ratings`;
  const known = token ? undefined : inlined(client.inlined<Ratings>(path, undefined, { lang }), onNewer);
  if (known) return known;
  return cachedRead(client.resource<Ratings>(path, undefined, { lang, headers: token ? { 'X-Vote-Token': token } : undefined }), signal);
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

/** Ids of the reader's own comments (and replies) that are no longer held. */
function decidedOwn(comments: readonly Comment[]): string[] {
  return comments.flatMap((c) => [...(c.own && c.status !== 'pending' ? [c.id] : []), ...decidedOwn(c.replies)]);
}

export async function fetchComments(
  client: CaseApiClient,
  caseId: string,
  query: CommentQuery,
  authorTokens: string[],
  lang: Lang,
  signal?: AbortSignal,
  onNewer?: () => void,
): Promise<CommentList> {
  const path = `${casePath(caseId)}/comments`;
  const headers = authorTokens.length ? { 'X-Author-Token': authorTokens.join(',') } : undefined;
  const known = headers ? undefined : inlined(client.inlined<CommentList>(path, { ...query }, { lang }), onNewer);
  if (known) return known;
  const list = await cachedRead(client.resource<CommentList>(path, { ...query }, { lang, headers }), signal);
  // The reader's own comments that are decided (published, rejected, hidden) need their tokens no more.
  if (headers) forgetAuthorTokens(decidedOwn(list.items));
  return list;
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
