import type { Problem } from './types.js';

/**
 * Why a request failed:
 * - `http`: the server answered with an error status (its problem+json is in `title`, `detail`, `errors`);
 * - `network`: no answer at all (offline, server down, CORS refused), after the retries;
 * - `timeout`: no answer in time;
 * - `parse`: an answer that was not the JSON it should be;
 * - `not-api`: the address answers, but not as a Casekit API does (a CMS's HTML page, a 404
 *   without Casekit's problem+json, a Casekit server asked outside its `/api/v1`): the page's
 *   API address is wrong, which an editor must fix — not a case that does not exist.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'not-api';

/** Every problem Casekit's API answers has a `type` under this address. */
const CASEKIT_PROBLEM = 'https://casekit.dk/problems/';

/** One failing field of a validation problem, e.g. `{ path: 'body.name', message: 'Skal udfyldes.' }`. */
export interface FieldError {
  path: string;
  message: string;
}

/** A failed API request. `status` is 0 when the server never answered. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** The problem's `type` URI, e.g. `https://casekit.dk/problems/validation`. */
  readonly type?: string;
  readonly title?: string;
  /** The server's explanation for people, in the language the request asked for. */
  readonly detail?: string;
  /** For validation problems: each failing field. */
  readonly errors: FieldError[];
  /** Seconds to wait before trying again (from `Retry-After`), for 429 and 503. */
  readonly retryAfter?: number;
  /** The address that failed, for the editor's console message. */
  readonly url?: string;

  constructor(
    kind: ApiErrorKind,
    message: string,
    init: { status?: number; problem?: Partial<Problem>; retryAfter?: number; cause?: unknown; url?: string } = {},
  ) {
    super(message, { cause: init.cause });
    this.kind = kind;
    this.status = init.status ?? 0;
    this.type = init.problem?.type;
    this.title = init.problem?.title;
    this.detail = init.problem?.detail;
    this.errors = init.problem?.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.url = init.url;
  }

  /** The problem's short name, e.g. `case-not-found`, when Casekit's API answered it. */
  get problemCode(): string | undefined {
    return this.type?.startsWith(CASEKIT_PROBLEM) ? this.type.slice(CASEKIT_PROBLEM.length) : undefined;
  }

  /**
   * Worth asking again: no answer, a server error, or "too many requests". A 4xx is
   * the same answer the next time, so it is never retried.
   */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout' || this.kind === 'parse') return true;
    return this.kind === 'http' && (this.status >= 500 || this.status === 429 || this.status === 408);
  }

  /** Reads a non-2xx response: its problem+json body when there is one, and `Retry-After`. */
  static async fromResponse(response: Response): Promise<ApiError> {
    let problem: Partial<Problem> | undefined;
    const type = response.headers.get('content-type') ?? '';
    if (/json/.test(type)) {
      problem = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined;
    }
    const casekit = typeof problem?.type === 'string' && problem.type.startsWith(CASEKIT_PROBLEM);
    // A 4xx that is not Casekit's own (or Casekit's "no such address"): the API address is wrong.
    const notApi = response.status >= 400 && response.status < 500 && (!casekit || problem?.type === `${CASEKIT_PROBLEM}not-found`);
    return new ApiError(notApi ? 'not-api' : 'http', problem?.detail ?? `HTTP ${response.status} ${response.statusText}`.trim(), {
      status: response.status,
      problem,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
      url: response.url,
    });
  }
}

/** `Retry-After` is either seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
