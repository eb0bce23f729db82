import { existsSync, readFileSync } from 'node:fs';
import { stepDoneVariable } from './step-done.mjs';
import { waitFor } from './wait-for.js';

/**
 * Resolves when the `npm test` step `name` has passed, for a test that needs what that step makes
 * (the ssr tests load dist/, which the build writes) in a step that starts beside it (`after` in
 * scripts/test.mjs). Outside `npm test`, or when that step is not in the run, it resolves at once:
 * the developer ran it. Throws, naming the step, when it failed.
 */
export async function stepPassed(name: string): Promise<void> {
  const file = process.env[stepDoneVariable(name)];
  if (!file) return;
  // The step's own time bounds it (the build: ~30 s quiet, minutes beside busy loops); the test's timeout bounds the wait.
  await waitFor(() => existsSync(file), `the "${name}" step to end`, { timeout: 600_000, interval: 200 });
  const outcome = readFileSync(file, 'utf8');
  if (outcome !== 'passed') throw new Error(`the "${name}" step ${outcome}, and these tests need what it makes`);
}
