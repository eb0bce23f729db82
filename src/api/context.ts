import type { Context } from '@lit/context';
import type { CaseApiClient } from './client.js';

/**
 * The API client that `<ck-case-api>` provides to every widget inside it (the
 * context protocol that `@lit/context` implements). The key is `Symbol.for(…)`
 * so that two copies of Casekit on one page still meet. Written out rather than
 * made with `createContext` — which returns the same key — so that a widget that
 * only consumes the client does not carry `@lit/context` (see ApiController).
 */
export const apiContext = Symbol.for('casekit:api') as Context<symbol, CaseApiClient>;
