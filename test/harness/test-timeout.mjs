/**
 * A default timeout for every node:test test and hook (node:test's own default is none, and
 * `--test-timeout` only bounds a whole file): a test that hangs — a browser's evaluate that never
 * returns, a server that never answers — fails under its own name after CASEKIT_TEST_TIMEOUT_MS
 * (default 5 minutes: the slowest test took 79 s on the 2-core machine at load 15–19; tests that
 * start child APIs, whose start may take minutes there, set their own),
 * and the step goes on and ends, instead of eating CI's whole budget.
 *
 * Loaded before the test files (`node --import ./test/harness/test-timeout.mjs …`, and
 * test/harness/node-suite.ts imports it first): it wraps node:test's `it`/`test` and hooks, so
 * `import { it } from 'node:test'` gets the wrapped one. A timeout given by the test itself wins.
 * It must run before any module that imports 'node:test' is even linked: Node 20 makes the ESM
 * view of 'node:test' once, from the exports as they are then, and `syncBuiltinESMExports()` does
 * not update it afterwards (node-suite.ts therefore imports 'node:test' dynamically).
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';

const nodeTest = createRequire(import.meta.url)('node:test');
export const TEST_TIMEOUT_MS = Number(process.env.CASEKIT_TEST_TIMEOUT_MS || 300_000);

const withDefault = (options) => ({ timeout: TEST_TIMEOUT_MS, ...options });

/** `it(name?, options?, fn?)`: the options object gains the default timeout (or one is added before fn). */
function wrapTest(original) {
  const wrapped = function (...args) {
    const at = args.findIndex((arg) => typeof arg === 'object' && arg !== null);
    if (at >= 0) args[at] = withDefault(args[at]);
    else {
      const fnAt = args.findIndex((arg) => typeof arg === 'function');
      args.splice(fnAt >= 0 ? fnAt : args.length, 0, withDefault({})); // node:test takes (options, fn) too
    }
    return original.apply(this, args);
  };
  for (const key of ['only', 'skip', 'todo']) if (typeof original[key] === 'function') wrapped[key] = wrapTest(original[key]);
  return wrapped;
}

/** `before(fn, options?)` and the other hooks. */
const wrapHook = (original) =>
  function (fn, options) {
    return original.call(this, fn, withDefault(options));
  };

if (!nodeTest.it.casekitTimeout) {
  for (const name of ['it', 'test']) {
    nodeTest[name] = wrapTest(nodeTest[name]);
    nodeTest[name].casekitTimeout = true;
  }
  for (const name of ['before', 'after', 'beforeEach', 'afterEach']) nodeTest[name] = wrapHook(nodeTest[name]);
  syncBuiltinESMExports();
}
