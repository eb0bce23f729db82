import { createContext } from '@lit/context';
import type { CaseApiClient } from './client.js';

/**
 * The API client that `<ck-case-api>` provides to every widget inside it. The key
 * is `Symbol.for(…)` so that two copies of Casekit on one page still meet.
 */
export const apiContext = createContext<CaseApiClient>(Symbol.for('casekit:api'));
