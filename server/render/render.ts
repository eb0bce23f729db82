import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { render, type RenderInfo } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { CaseApiClient } from '../../src/api/client.js';
import type { InlineData } from '../../src/api/inline-data.js';
import { englishReady } from '../../src/i18n/localize.js';
import { serverRender } from '../../src/internal/page.js';
import { runHostUpdate } from './dom.js';
import { RENDERABLE_TAGS, type RenderableTag } from './elements.js';

/** One render in progress: the page it is for, and its own API client that records what the widgets asked. */
interface RenderScope {
  url: string;
  lang: 'da' | 'en';
  client: CaseApiClient;
  /** Resolves once no request of this render is on its way and the widgets have taken their answers. */
  settled: () => Promise<void>;
  /** Written as the shadow root of an element that shows nothing; the template holding it is removed. */
  emptyMarker: string;
}

const scope = new AsyncLocalStorage<RenderScope>();

// The widgets ask `serverRender` about their page; each render, even when several
// run at once, answers for its own.
Object.defineProperties(serverRender, {
  url: { get: () => scope.getStore()?.url ?? 'http://localhost/' },
  lang: { get: () => scope.getStore()?.lang ?? 'da' },
  client: { get: () => scope.getStore()?.client },
});

const EMPTY_ROOT = { querySelector: () => null, querySelectorAll: () => [] };

/**
 * Lit's element renderer, with the browser's order of things where the widgets
 * rely on it: the element counts as connected (a rating scale loads only then)
 * and has an (empty) render root,
 * the controllers' `hostUpdate` runs (where `LoadController` picks its data),
 * and the shadow root is written only once the data it asked for has arrived.
 */
class CasekitElementRenderer extends LitElementRenderer {
  override connectedCallback(): void {
    Object.defineProperty(this.element, 'isConnected', { value: true, configurable: true });
    // No tree exists yet on the server: a widget's query (`@query`, `@queryAll`) finds nothing.
    Object.defineProperty(this.element, 'renderRoot', { value: EMPTY_ROOT, configurable: true });
    super.connectedCallback();
    runHostUpdate(this.element);
  }

  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
    const shadow = super.renderShadow(renderInfo);
    const render = scope.getStore();
    if (!shadow || !render) return shadow;
    // An element that shows nothing (a section's thread without feedback) gets no shadow root at all;
    // `renderElement` removes the marked template. Its box is the same: the page styles it as a block.
    const showsNothing = () => (this.element as { showsNothing?: boolean }).showsNothing === true;
    return [() => render.settled().then(() => (showsNothing() ? render.emptyMarker : shadow))];
  }
}

export interface ElementRender {
  tag: RenderableTag;
  /** Attribute name → value; undefined leaves the attribute out. */
  attributes?: Record<string, string | undefined>;
  /**
   * Trusted HTML for the element's light DOM, e.g. a plain link. Casekit's
   * elements slot no unnamed children, so it shows only where the element has no
   * shadow root (no declarative shadow DOM, and no script).
   */
  fallback?: string;
}

export interface RenderOptions {
  /** The API base as the browser will reach it, e.g. `https://cases.example.dk/api/v1`. */
  apiBase: string;
  /** Answers the API's requests in-process (the server's own `app.fetch`). */
  fetch: (request: Request) => Response | Promise<Response>;
  /** The address of the page the element is rendered for (its query carries a list's state). */
  pageUrl: string;
  lang: 'da' | 'en';
}

export interface RenderedElement {
  /** The element with its declarative shadow root and, as its last child, the inlined data. */
  html: string;
  data: InlineData;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node N-->`). The
 * elements render anew over the server's nodes instead of hydrating them (ck-element.ts), so the
 * markers only cost: a case page carried about a thousand of them (20 KB, a comment node each for
 * the browser to parse before the first paint). Text and attribute values are escaped by Lit and
 * the inlined JSON escapes `<`, so no content can look like one.
 */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->/g;
/** A widget whose data takes longer than this is written in its loading state. */
const REQUEST_TIMEOUT_MS = 5000;

/**
 * Renders one widget, and the widgets inside it, to HTML with declarative shadow
 * roots, from the same element code as the browser. Every GET the widgets make
 * is answered in-process and its JSON inlined, keyed as the browser's client
 * keys it, so the element shows the same content at once on upgrade.
 */
export async function renderElement(target: ElementRender, options: RenderOptions): Promise<RenderedElement> {
  if (!RENDERABLE_TAGS.includes(target.tag)) throw new Error(`Not a renderable element: ${target.tag}`);
  const base = options.apiBase.replace(/\/+$/, '');
  const data: InlineData = { base, at: new Date().toISOString(), entries: {} };
  const inflight = new Set<Promise<unknown>>();

  const answer = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const key = request.url.slice(base.length);
    const response = await options.fetch(request);
    const body = await response.text();
    if (request.method === 'GET' && response.status === 200 && key.startsWith('/')) {
      try {
        const etag = response.headers.get('etag');
        data.entries[key] = etag ? { value: JSON.parse(body), etag } : { value: JSON.parse(body) };
      } catch {
        // Not JSON: the widget reports it as it would in the browser; nothing to inline.
      }
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  const client = new CaseApiClient(base, {
    timeout: REQUEST_TIMEOUT_MS,
    retryDelays: [50],
    maxAge: Number.POSITIVE_INFINITY,
    fetch: (input, init) => {
      const pending = answer(input, init);
      inflight.add(pending);
      void pending.finally(() => inflight.delete(pending)).catch(() => undefined);
      return pending;
    },
  });
  const settled = async () => {
    // Answers arrive, then the widgets' promise chains take them; repeat until nothing new was asked.
    do {
      await Promise.allSettled([...inflight]);
      await nextTurn();
    } while (inflight.size > 0);
  };

  const attributes = Object.entries(target.attributes ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && ATTRIBUTE_NAME.test(entry[0]),
  );
  // The English words load on first use (a Danish page never downloads them); the server renders synchronously.
  if (options.lang === 'en') await englishReady();
  const nonce = Math.random().toString(36).slice(2);
  const marker = `<!--ck-data-${nonce}-->`;
  const emptyMarker = `<!--ck-empty-${nonce}-->`;
  const template = elementTemplate(target.tag, attributes, unsafeHTML(marker));
  const rendered = await scope.run({ url: options.pageUrl, lang: options.lang, client, settled, emptyMarker }, () =>
    collectResult(render(template, { elementRenderers: [CasekitElementRenderer] } as Partial<RenderInfo>)),
  );
  const html = rendered
    .replaceAll(new RegExp(`<template shadowroot="open" shadowrootmode="open">${emptyMarker}</template>`, 'g'), '')
    .replaceAll(LIT_MARKERS, '')
    .replace(marker, `${target.fallback ?? ''}${dataScript(data)}`);
  return { html, data };
}

/**
 * `<tag name="value" …>child</tag>` as a Lit template. The tag comes from the
 * list of renderable elements and the names match ATTRIBUTE_NAME, so only they
 * are written into the template's strings; every value is a binding, escaped by Lit.
 */
function elementTemplate(tag: RenderableTag, attributes: [string, string][], child: unknown): TemplateResult {
  const strings = [`<${tag}`];
  for (const [name] of attributes) {
    strings[strings.length - 1] += ` ${name}="`;
    strings.push('"');
  }
  strings[strings.length - 1] += '>';
  strings.push(`</${tag}>`);
  const raw = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return html(raw, ...attributes.map(([, value]) => value), child ?? nothing);
}

/** The inlined data as a script that never runs (see src/api/inline-data.ts). */
export function dataScript(data: InlineData): string {
  return `<script type="application/json" data-ck-data>${scriptJson(data)}</script>`;
}

/**
 * JSON that is safe inside `<script>`: with `<`, `>` and `&` escaped no
 * `</script>` or `<!--` can form; U+2028/2029 are escaped for old parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
