/**
 * `npm run test:browser`: the browser tests (web-test-runner, web-test-runner.config.mjs).
 * Arguments go to `wtr` (`npm run test:browser -- --files test/elements/case-card.test.ts`).
 *
 * CASEKIT_BROWSER_PROCESSES=N (1 unless set) splits the test files into N web-test-runner
 * processes that run side by side, each with its own Chromium, its own two APIs on fresh databases
 * and its own fault server: one runner shows one file at a time and waits on the API and the
 * browser much of the time, so two use the cores one leaves idle, and they share no state (a
 * fault one file sets, or data one file writes, never reaches the other's APIs). Each runner's
 * output is printed whole when it ends, then one line summing them, `browser tests: N passed,
 * N failed`; the exit code is the worst of them.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/harness/api-process.mjs';
import { runSideBySide, splitByWeight, withoutColours } from '../test/harness/side-by-side.mjs';

const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const args = process.argv.slice(2);
const processes = Math.max(1, Number(process.env.CASEKIT_BROWSER_PROCESSES ?? 1));

if (processes === 1 || args.length) {
  const child = spawn(process.execPath, [wtr, ...args], { stdio: 'inherit' });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  // The files web-test-runner.config.mjs names: test/**/*.test.ts but the node:test folders.
  const NODE_TEST_FOLDERS = [join('test', 'server'), join('test', 'cluster')];
  const testFiles = (dir) =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return NODE_TEST_FOLDERS.includes(path) ? [] : testFiles(path);
        return name.endsWith('.test.ts') ? [path] : [];
      });
  // A file's size stands for its length: the long files are the ones with many tests.
  const groups = splitByWeight(testFiles('test'), processes, (file) => statSync(file).size);
  const commands = [];
  for (const group of groups) {
    // A port of its own for each runner's dev server (web-test-runner's own search starts at 8000 for both).
    commands.push({ label: `${group.length} files`, args: [wtr, '--port', String(await freePort()), ...group.flatMap((file) => ['--files', file])] });
  }
  const results = await runSideBySide(commands);
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { output } of results) {
    const summary = withoutColours(output).match(/^browser tests: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m);
    if (!summary) {
      total.failed += 1; // a runner that printed no count failed somewhere before its summary
      continue;
    }
    total.passed += Number(summary[1]);
    total.failed += Number(summary[2]);
    total.skipped += Number(summary[3] ?? 0);
  }
  console.log(`browser tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exitCode = Math.max(...results.map((result) => result.code));
}
