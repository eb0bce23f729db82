import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { serverRender } from '../internal/page.js';
import { clientFor, type CaseApiClient } from './client.js';
import { apiContext } from './context.js';
import { takeEarlyAnswers } from './early.js';
import { adoptInlineData } from './inline-data.js';
import { resolveApiBase } from './resolve.js';

/** A widget that talks to the API: an element with an optional `api` attribute. */
export type ApiHost = ReactiveElement & { api?: string };

/** What a provider calls back with: the client, and how to stop hearing about its changes. */
type Provided = (client: CaseApiClient, unsubscribe?: () => void) => void;

/** Widgets whose request no provider answered yet: asked again when one appears. */
const unanswered = new Set<ApiController>();
let listening = false;

/**
 * Gives a widget its API client: the one a surrounding `<ck-case-api>` provides,
 * else the one for its own `api` attribute, the page default, or `/api/v1`
 * (see {@link resolveApiBase}).
 *
 * The consumer side of the context protocol (`context-request`, subscribe), the
 * part of `@lit/context` a widget needs, kept here so the widgets' shared code does
 * not carry the whole package (only `<ck-case-api>` does, for its provider). A
 * provider defined later than the widget (separate script tags) announces itself
 * with `context-provider`, as `@lit/context`'s `ContextRoot` expects; the widgets
 * still waiting then ask again.
 */
export class ApiController implements ReactiveController {
  private provided?: CaseApiClient;
  private unsubscribe?: () => void;

  private readonly callback: Provided = (client, unsubscribe) => {
    // Another provider answered than the one before (the widget moved): stop hearing the old one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.provided = client;
    unanswered.delete(this);
    this.host.requestUpdate();
  };

  constructor(private readonly host: ApiHost) {
    if (!isServer && !listening) {
      listening = true;
      document.documentElement.addEventListener('context-provider', (event) => {
        if ((event as Event & { context?: unknown }).context !== apiContext) return;
        for (const waiting of [...unanswered]) waiting.request();
      });
    }
    host.addController(this);
  }

  hostConnected(): void {
    this.request();
    // A server-rendered element brings its data along: into the cache before the first render asks for it.
    adoptInlineData(this.host, () => this.client);
    // So do the loader's early reads that have answered while the code downloaded.
    const client = this.client;
    for (const [path, answer] of takeEarlyAnswers(client.baseUrl)) {
      const resource = client.resource(path);
      if (resource.value === undefined) resource.set(answer.value, undefined, answer.at);
    }
  }

  hostDisconnected(): void {
    unanswered.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
  }

  /** The client to use now. */
  get client(): CaseApiClient {
    if (isServer && serverRender.client) return serverRender.client;
    return this.provided ?? clientFor(resolveApiBase(this.host.api));
  }

  private request(): void {
    if (isServer) return;
    const event = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: apiContext,
      contextTarget: this.host,
      callback: this.callback,
      subscribe: true,
    });
    this.host.dispatchEvent(event);
    if (!this.provided) unanswered.add(this);
  }
}
