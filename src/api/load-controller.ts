import type { ReactiveController } from 'lit';
import { ApiController, type ApiHost } from './api-controller.js';
import type { CaseApiClient } from './client.js';
import type { ApiError } from './error.js';
import { reportLoadFailure } from '../internal/diagnostics.js';
import type { Resource } from './resource.js';

export type LoadStatus = 'idle' | 'pending' | 'ready' | 'empty' | 'error';

export interface LoadOptions<T> {
  /** Which resource the host shows now, from its properties; null or undefined when there is nothing to load. */
  select: (client: CaseApiClient) => Resource<T> | null | undefined;
  /** The case the host asks for, if any: named in the editor's console message when it does not exist. */
  caseId?: () => string | undefined;
  /** When a loaded value counts as "nothing to show" (the empty state). */
  isEmpty?: (value: T) => boolean;
}

export interface LoadRenderers<T> {
  pending: () => unknown;
  ready: (value: T) => unknown;
  error: (error: ApiError) => unknown;
  empty?: (value: T) => unknown;
  idle?: () => unknown;
}

/**
 * The one way a Casekit widget loads data: idle → pending → ready | empty | error,
 * with retry. It follows the resource the host's properties select (re-selected on
 * every update), subscribes to it in the shared cache (so it re-renders when a
 * background revalidation or an `invalidate()` brings news), and lets go of it when
 * the host leaves the DOM, which aborts a request nobody else waits for.
 *
 * ```ts
 * private readonly load = new LoadController(this, {
 *   select: (client) => (this.caseId ? client.case(this.caseId) : null),
 * });
 * render() { return this.load.render({ pending: …, ready: (c) => …, error: (e) => … }); }
 * ```
 */
export class LoadController<T> implements ReactiveController {
  /** The host's API client (context, `api` attribute, page default, `/api/v1`). */
  readonly api: ApiController;
  private resource: Resource<T> | null = null;
  private unsubscribe?: () => void;
  private last?: T;
  /** Set by `retry()`: once the new load settles, focus moves (the button it came from is gone). */
  private refocus = false;
  /** The failure last told to the editor's console (each is told once). */
  private reported?: ApiError;

  constructor(
    private readonly host: ApiHost,
    private readonly options: LoadOptions<T>,
  ) {
    this.api = new ApiController(host);
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the DOM (moved, or re-attached): pick the resource up again.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const next = this.options.select(this.api.client) ?? null;
    if (next === this.resource) return;
    this.unsubscribe?.();
    this.resource = next;
    this.unsubscribe = next?.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.resource = null;
  }

  get status(): LoadStatus {
    const resource = this.resource;
    if (!resource) return 'idle';
    if (resource.status !== 'ready') return resource.status;
    return this.options.isEmpty?.(resource.value as T) ? 'empty' : 'ready';
  }

  /** The value of the selected resource, once loaded. */
  get value(): T | undefined {
    const value = this.resource?.value;
    if (value !== undefined) this.last = value;
    return value;
  }

  /** The last value shown, also while another one loads (to keep results in place during a new search). */
  get latest(): T | undefined {
    return this.value ?? this.last;
  }

  get error(): ApiError | undefined {
    return this.resource?.error;
  }

  /** True while a request is on its way, also when a stale value is revalidating. */
  get loading(): boolean {
    return this.resource?.loading ?? false;
  }

  /**
   * Loads again (the "Prøv igen" button). The button disappears while loading,
   * so focus would fall to `<body>`: once the load settles it moves to the
   * content (the host's `[data-retry-focus]` node, else the host) or, when it
   * failed again, to the new "Prøv igen".
   */
  retry(): void {
    this.refocus = true;
    this.resource?.refresh();
  }

  hostUpdated(): void {
    const error = this.status === 'error' ? this.error : undefined;
    if (error && error !== this.reported) {
      this.reported = error;
      reportLoadFailure(this.host, this.api.client.baseUrl, error, this.options.caseId?.());
    }
    if (!this.refocus || !this.resource || this.resource.loading) return;
    this.refocus = false;
    const root = this.host.renderRoot;
    const target =
      this.status === 'error'
        ? root.querySelector<HTMLElement>('[part~="retry"]')
        : (root.querySelector<HTMLElement>('[data-retry-focus]') ?? this.host);
    target?.focus();
  }

  render(renderers: LoadRenderers<T>): unknown {
    switch (this.status) {
      case 'idle':
        return renderers.idle?.();
      case 'pending':
        return renderers.pending();
      case 'error':
        return renderers.error(this.error!);
      case 'empty':
        return (renderers.empty ?? renderers.ready)(this.value as T);
      case 'ready':
        return renderers.ready(this.value as T);
    }
  }
}
