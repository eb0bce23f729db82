/**
 * `casekit.js`: the loader as an ES module, for
 * `<script type="module" src="…/casekit.js" data-api="…">`.
 * Its own tag is the module script whose address is this module's.
 */
import { start } from './start.js';

const own = [...document.querySelectorAll('script[src]')].find(
  (script) => (script as HTMLScriptElement).src === import.meta.url,
);
start(import.meta.url, own);
