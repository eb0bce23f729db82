import { ApiError, isAbortError } from './error.js';

/** What a loader returns: a new value and its ETag, or "not modified" for the ETag it was given. */
export type LoadResult<T> = { notModified: true } | { notModified: false; value: T; etag?: string };

/** Fetches a resource; `etag` is set when a stale value exists, to revalidate with `If-None-Match`. */
export type Loader<T> = (signal: AbortSignal, etag: string | undefined) => Promise<LoadResult<T>>;

export type ResourceStatus = 'pending' | 'ready' | 'error';

/**
 * One cached API resource, shared by every widget on the page that shows it.
 *
 * - Subscribers share one in-flight request (ten widgets on one case → one request).
 * - A value younger than `maxAge` is served as is; an older one is served at once
 *   and revalidated in the background with `If-None-Match` (stale-while-revalidate).
 * - When the last subscriber leaves (its widget left the DOM), the request is aborted.
 * - A failed background revalidation keeps the stale value; a failed first load is an error.
 */
export class Resource<T> {
  value?: T;
  error?: ApiError;
  private etag?: string;
  private fetchedAt = 0;
  private inflight?: AbortController;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly loader: Loader<T>,
    private readonly maxAge: number,
  ) {}

  get status(): ResourceStatus {
    if (this.value !== undefined) return 'ready';
    return this.error && !this.inflight ? 'error' : 'pending';
  }

  /** True while a request for it is on its way. */
  get loading(): boolean {
    return this.inflight !== undefined;
  }

  /** Calls `listener` on every change; loads or revalidates when needed. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.ensureFresh();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.inflight) {
        // Nobody watches any more: stop the request, and let the next subscriber start a new one.
        this.inflight.abort();
        this.inflight = undefined;
      }
    };
  }

  /** Has a value younger than `maxAge`. */
  get fresh(): boolean {
    return this.value !== undefined && Date.now() - this.fetchedAt < this.maxAge;
  }

  get subscribed(): boolean {
    return this.listeners.size > 0;
  }

  /** The value, loading it if needed (for one-off reads outside a widget). */
  async read(signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        if (this.value !== undefined && !this.inflight) {
          done();
          resolve(this.value);
        } else if (this.status === 'error') {
          done();
          reject(this.error);
        }
      };
      const onAbort = () => {
        done();
        reject(signal!.reason);
      };
      const unsubscribe = this.subscribe(settle);
      const done = () => {
        unsubscribe();
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      settle();
    });
  }

  /** Loads again now (the "Prøv igen" button, or after a write changed the resource). */
  refresh(): void {
    this.fetchedAt = 0;
    if (this.value === undefined) this.error = undefined;
    this.inflight?.abort();
    this.inflight = undefined;
    this.ensureFresh();
    this.notify();
  }

  /**
   * Puts a known value in place (e.g. a list response seeding the cards it shows,
   * or data the server inlined). `fetchedAt` is when it was read from the server
   * (default now): a value older than `maxAge` is revalidated by its next subscriber.
   */
  set(value: T, etag?: string, fetchedAt = Date.now()): void {
    this.value = value;
    if (etag !== undefined) this.etag = etag;
    this.error = undefined;
    this.fetchedAt = Math.min(fetchedAt, Date.now());
    this.notify();
  }

  /** Takes another entry's value, ETag and age (an inlined answer handed to a reader's own entry). */
  takeFrom(other: Resource<T>): void {
    if (other.value !== undefined) this.set(other.value, other.etag, other.fetchedAt);
  }

  private ensureFresh(): void {
    if (this.inflight) return;
    if (this.value !== undefined && Date.now() - this.fetchedAt < this.maxAge) return;
    // A failed load is not retried by every new subscriber, only by refresh() or after maxAge.
    if (this.error && this.value === undefined && Date.now() - this.fetchedAt < this.maxAge) return;
    const controller = new AbortController();
    this.inflight = controller;
    this.loader(controller.signal, this.value === undefined ? undefined : this.etag).then(
      (result) => {
        if (this.inflight !== controller) return;
        if (!result.notModified) {
          this.value = result.value;
          this.etag = result.etag;
        }
        this.error = undefined;
        this.finish(controller);
      },
      (error: unknown) => {
        if (this.inflight !== controller) return;
        if (!isAbortError(error) && !controller.signal.aborted) {
          this.error = error instanceof ApiError ? error : new ApiError('parse', String(error), { cause: error });
        }
        this.finish(controller);
      },
    );
  }

  private finish(controller: AbortController): void {
    this.inflight = undefined;
    // An aborted load (nobody is watching any more) leaves the resource to load again later.
    this.fetchedAt = controller.signal.aborted ? 0 : Date.now();
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
