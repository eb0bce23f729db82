import type { Problem } from './types.js';

/**
 * Why a request failed:
 * - `http`: the server answered with an error status (its problem+json is in `title`, `detail`, `errors`);
 * - `network`: no answer at all (offline, server down, CORS refused), after the retries;
 * - `timeout`: no answer in time;
 * - `parse`: an answer that was not the JSON it should be.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'parse';

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

  constructor(
    kind: ApiErrorKind,
    message: string,
    init: { status?: number; problem?: Partial<Problem>; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: init.cause });
    this.kind = kind;
    this.status = init.status ?? 0;
    this.type = init.problem?.type;
    this.title = init.problem?.title;
    this.detail = init.problem?.detail;
    this.errors = init.problem?.errors ?? [];
    this.retryAfter = init.retryAfter;
  }

  /** Reads a non-2xx response: its problem+json body when there is one, and `Retry-After`. */
  static async fromResponse(response: Response): Promise<ApiError> {
    let problem: Partial<Problem> | undefined;
    if (/json/.test(response.headers.get('content-type') ?? '')) {
      problem = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined;
    }
    return new ApiError('http', problem?.detail ?? `HTTP ${response.status} ${response.statusText}`.trim(), {
      status: response.status,
      problem,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
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
