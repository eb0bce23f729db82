import { isServer } from 'lit';
import type { CaseApiClient } from '../api/client.js';

/**
 * What the server renderer (`server/render/`) says about the render in progress:
 * the page address it renders for, its language, and the API client it filled
 * for this request. In the browser nothing reads it; `isServer` is false there
 * and the bundler drops every branch that would.
 */
export const serverRender: { url: string; lang: 'da' | 'en'; client?: CaseApiClient } = {
  url: 'http://localhost/',
  lang: 'da',
};

/** The page's address (`location.href`), or the one the server renders for. */
export const pageHref = (): string => (isServer ? serverRender.url : location.href);

/** The page's query string (`location.search`), or the one the server renders for. */
export const pageSearch = (): string => (isServer ? new URL(serverRender.url).search : location.search);

/** What relative addresses resolve against (`document.baseURI`). */
export const pageBase = (): string => (isServer ? serverRender.url : document.baseURI);
