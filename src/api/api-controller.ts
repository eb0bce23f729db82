import { ContextConsumer, ContextRoot } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { serverRender } from '../internal/page.js';
import { clientFor, type CaseApiClient } from './client.js';
import { apiContext } from './context.js';
import { adoptInlineData } from './inline-data.js';
import { resolveApiBase } from './resolve.js';

/** A widget that talks to the API: an element with an optional `api` attribute. */
export type ApiHost = ReactiveElement & { api?: string };

let contextRoot: ContextRoot | undefined;

/**
 * Gives a widget its API client: the one a surrounding `<ck-case-api>` provides,
 * else the one for its own `api` attribute, the page default, or `/api/v1`
 * (see {@link resolveApiBase}). A provider that is defined later than the widget
 * (separate script tags) still reaches it, through one `ContextRoot` on the page.
 */
export class ApiController implements ReactiveController {
  private provided?: CaseApiClient;

  constructor(private readonly host: ApiHost) {
    if (!isServer && !contextRoot) {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    new ContextConsumer(host, {
      context: apiContext,
      subscribe: true,
      callback: (client) => {
        this.provided = client;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // A server-rendered element brings its data along: into the cache before the first render asks for it.
    adoptInlineData(this.host, () => this.client);
  }

  hostDisconnected(): void {
    this.provided = undefined;
  }

  /** The client to use now. */
  get client(): CaseApiClient {
    if (isServer && serverRender.client) return serverRender.client;
    return this.provided ?? clientFor(resolveApiBase(this.host.api));
  }
}
