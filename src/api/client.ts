import { takeEarlyRead } from './early.js';
import { ApiError } from './error.js';
import { Resource, type LoadResult } from './resource.js';
import type { Case, CaseSearchParams, CaseSearchResult, CaseSummary, ViewResult } from './types.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Query values; arrays repeat the parameter (`?theme=a&theme=b`), empty values are left out. */
export type Query = Record<string, string | number | boolean | readonly (string | number | boolean)[] | null | undefined>;

export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** Extra headers, e.g. `X-Author-Token`. */
  headers?: Record<string, string>;
  /** Language of the server's messages (problem details, validation errors). */
  lang?: 'da' | 'en';
  /** Retries after a network failure or a 502/503/504. Default: 2 for GET, 0 otherwise. */
  retries?: number;
  /** Milliseconds per attempt. Default: the client's `timeout`. */
  timeout?: number;
}

/** What makes a read one reader's own: the token headers they send, the language of the answer's texts. */
export interface ReaderView {
  headers?: Record<string, string>;
  lang?: 'da' | 'en';
}

export interface ClientOptions {
  /** Milliseconds per attempt before a request counts as failed (default `CaseApiClient.defaultTimeout`, 10 000). */
  timeout?: number;
  /** Waits between retries in milliseconds (default [300, 1000]); a little jitter is added. */
  retryDelays?: number[];
  /** How long a cached read is served without asking the server again (default 30 000 ms). */
  maxAge?: number;
  /** The fetch to use (default: the page's `fetch` at call time). */
  fetch?: typeof fetch;
}

/** Answers worth asking again (a gateway or an instance that is restarting); never a 4xx, which would only repeat. */
const RETRY_STATUSES = new Set([502, 503, 504]);

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** `?a=1&b=x&b=y`, in a stable order so equal queries share a cache entry. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const raw = query[key];
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (value === undefined || value === null || value === '') continue;
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The client of one case API (one base URL). Reads go through a shared cache of
 * {@link Resource}s; writes through {@link CaseApiClient.request}. Get the page's
 * client for a base URL with {@link clientFor}, or in a widget through
 * `ApiController` / `LoadController`.
 */
export class CaseApiClient {
  /** Milliseconds per attempt for clients created without a `timeout`; a page (or a test) may change it. */
  static defaultTimeout = 10_000;

  private readonly resources = new Map<string, Resource<unknown>>();

  constructor(
    /** The full base including the version path, without a trailing slash, e.g. `https://cases.example.dk/api/v1`. */
    readonly baseUrl: string,
    private readonly options: ClientOptions = {},
  ) {}

  /**
   * One JSON request. Resolves with the parsed body (undefined for 204), or rejects
   * with an {@link ApiError} (problem+json `status`, `detail`, field `errors`,
   * `retryAfter`), or with the signal's reason when aborted.
   */
  async request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, options);
    if (!response.ok) throw await ApiError.fromResponse(response);
    return readJson<T>(response);
  }

  /**
   * The shared cached resource for a GET path (with its query). Every caller with
   * the same path gets the same object; subscribe to it or `read()` it.
   */
  resource<T>(path: string, query?: Query, view?: ReaderView): Resource<T> {
    const pathAndQuery = path + queryString(query);
    // A reader's own view (their token, their language) is an entry of its own: never
    // shown to another widget asking without that token, dropped by their own write
    // (invalidate matches it by its path).
    const key = view ? `${pathAndQuery}#${view.lang ?? ''}|${JSON.stringify(view.headers ?? {})}` : pathAndQuery;
    let resource = this.resources.get(key) as Resource<T> | undefined;
    if (!resource) {
      resource = new Resource<T>((signal, etag) => this.load<T>(pathAndQuery, signal, etag, view), this.options.maxAge ?? 30_000);
      this.resources.set(key, resource as Resource<unknown>);
    }
    return resource;
  }

  /**
   * A reader's entry for a GET, started from the answer the server inlined for the
   * same read (`adoptInlineData` keeps it under the plain path and query), with its
   * ETag and age; undefined when nothing was inlined for it. Never loads.
   */
  inlined<T>(path: string, query: Query | undefined, view: ReaderView): Resource<T> | undefined {
    const inline = this.resources.get(path + queryString(query)) as Resource<T> | undefined;
    if (inline?.value === undefined) return undefined;
    const own = this.resource<T>(path, query, view);
    if (own.value === undefined) own.takeFrom(inline);
    return own;
  }

  /** A cached GET, read once: `await client.get<Case>('/cases/x')`. */
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return this.resource<T>(path, query).read(signal);
  }

  /**
   * Marks every cached read whose path starts with `prefix` as outdated: shown ones
   * reload in the background (their widgets update), the others are dropped.
   * Call it after a write, e.g. `client.invalidate('/cases/x/comments')`.
   */
  invalidate(prefix: string): void {
    for (const [key, resource] of this.resources) {
      if (!key.startsWith(prefix)) continue;
      if (resource.subscribed) resource.refresh();
      else this.resources.delete(key);
    }
  }

  // ——— The case API's reads and the view counter ———

  searchCases(params: CaseSearchParams): Resource<CaseSearchResult> {
    return this.resource<CaseSearchResult>('/cases', params as Query);
  }

  case(id: string): Resource<Case> {
    return this.resource<Case>(`/cases/${encodeURIComponent(id)}`);
  }

  /** A case as a card needs it: a summary a list already delivered, else the full case. */
  caseSummary(id: string): Resource<CaseSummary> {
    const seeded = this.resources.get(summaryKey(id)) as Resource<CaseSummary> | undefined;
    return seeded?.value !== undefined ? seeded : this.case(id);
  }

  /** Remembers summaries a list (or a case's related cases) delivered, so their cards need no request. */
  seedSummaries(items: readonly CaseSummary[]): void {
    for (const item of items) {
      const key = summaryKey(item.id);
      let resource = this.resources.get(key) as Resource<CaseSummary> | undefined;
      if (!resource) {
        resource = new Resource<CaseSummary>((signal) => this.load<CaseSummary>(`/cases/${encodeURIComponent(item.id)}`, signal, undefined), this.options.maxAge ?? 30_000);
        this.resources.set(key, resource as Resource<unknown>);
      }
      resource.set(item);
    }
  }

  /** Counts one view of a case (the server counts a visitor once per 30 minutes). */
  countView(id: string, signal?: AbortSignal): Promise<ViewResult> {
    return this.request<ViewResult>('POST', `/cases/${encodeURIComponent(id)}/views`, { signal });
  }

  // ——— Transport ———

  private async load<T>(pathAndQuery: string, signal: AbortSignal, etag: string | undefined, view?: ReaderView): Promise<LoadResult<T>> {
    const headers = { ...view?.headers, ...(etag ? { 'If-None-Match': etag } : {}) };
    const response = await this.send('GET', pathAndQuery, {
      signal,
      headers: Object.keys(headers).length ? headers : undefined,
      lang: view?.lang,
    });
    if (response.status === 304) return { notModified: true };
    if (!response.ok) throw await ApiError.fromResponse(response);
    return { notModified: false, value: await readJson<T>(response), etag: response.headers.get('etag') ?? undefined };
  }

  /** fetch with a timeout per attempt, and retries with backoff for network failures and 502/503/504. */
  private async send(method: HttpMethod, path: string, options: RequestOptions): Promise<Response> {
    const url = this.baseUrl + path + queryString(options.query);
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.lang) headers['Accept-Language'] = options.lang;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const retries = options.retries ?? (method === 'GET' ? 2 : 0);
    const delays = this.options.retryDelays ?? [300, 1000];
    const timeout = options.timeout ?? this.options.timeout ?? CaseApiClient.defaultTimeout;
    for (let attempt = 0; ; attempt++) {
      const timer = AbortSignal.timeout(timeout);
      const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
      let failure: ApiError;
      try {
        // The loader may have started this very read already (see early.ts): take its answer once.
        const early = attempt === 0 && method === 'GET' && !options.headers && !this.options.fetch ? takeEarlyRead(url) : undefined;
        const response = await (early ? raceAbort(early, signal) : (this.options.fetch ?? fetch)(url, { method, headers, body, signal }));
        if (!RETRY_STATUSES.has(response.status) || attempt >= retries) return response;
        failure = await ApiError.fromResponse(response);
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        failure = timer.aborted
          ? new ApiError('timeout', `No answer from ${url} within ${timeout} ms`, { cause: error, url })
          : new ApiError('network', `No connection to ${url}`, { cause: error, url });
        if (failure.kind === 'timeout' || attempt >= retries) throw failure;
      }
      const delay = delays[Math.min(attempt, delays.length - 1)] ?? 1000;
      await sleep(Math.max(delay, (failure.retryAfter ?? 0) * 1000) * (0.8 + Math.random() * 0.4), options.signal);
    }
  }
}

/** `promise`, or the signal's reason as soon as it aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

const summaryKey = (id: string) => `summary:${id}`;

async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  // A 200 that is not JSON at all is a web page (a CMS answers every path): the wrong address, not a bad answer.
  const json = /json/.test(response.headers.get('content-type') ?? '');
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new ApiError(json ? 'parse' : 'not-api', `The answer from ${response.url} is not JSON`, { status: response.status, cause: error, url: response.url });
  }
}

const clients = new Map<string, CaseApiClient>();

/** The page's one client (and so one cache) for a base URL. */
export function clientFor(baseUrl: string): CaseApiClient {
  const base = baseUrl.replace(/\/+$/, '');
  let client = clients.get(base);
  if (!client) {
    client = new CaseApiClient(base);
    clients.set(base, client);
  }
  return client;
}
