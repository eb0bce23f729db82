/**
 * `casekit.iife.js`: the loader as a classic script, for CMSs that allow only
 * `<script src="…/casekit.iife.js" data-api="…">`. It loads the same element
 * modules with dynamic `import()`; its own tag is `document.currentScript`.
 */
import { start } from './start.js';

const own = document.currentScript;
if (own instanceof HTMLScriptElement && own.src) start(own.src, own);
