/**
 * Runs the node:test files given on the command line in this one process, one after another:
 * `node --import tsx --test-force-exit test/harness/node-suite.ts test/server/*.test.ts`. `node --test`
 * gives each file a process of its own, and each paid again for Node, tsx, the server's modules and
 * PGlite's start (about 2 s of CPU per file); here they are paid once. The files' suites still run
 * one at a time, each on its own servers and databases. A single file runs as before:
 * `node --import tsx --test test/server/cases.test.ts`.
 *
 * CASEKIT_SUITE_PROCESSES=N (1 unless set) splits the files into N processes of this script
 * that run side by side, each over files of about equal length (FILE_SECONDS): most suites wait
 * much of their time (child processes, timers, sockets), so two of them use the cores one leaves
 * idle. Their suites share nothing (each starts its own servers on its own databases and ports).
 * Each process's output is printed whole when it ends, in order, with its own `ℹ pass N` summary
 * (scripts/test.mjs adds them up); the exit code is the worst of them.
 *
 * Every test and hook gets test/harness/test-timeout.mjs's default timeout, and `--test-force-exit`
 * ends the process when the last test has reported: a hung test fails by name and the step ends,
 * even when what hung still holds a socket or a timer.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runSideBySide, splitByWeight } from './side-by-side.mjs';

// A folder stands for its *.test.ts files (`node-suite.ts test/server`): the process's command line
// then names no test file, so a `pkill -f <file>` meant for another run of one file spares it.
const files = process.argv
  .slice(2)
  .flatMap((arg) => (statSync(arg).isDirectory() ? readdirSync(arg).filter((name) => name.endsWith('.test.ts')).sort().map((name) => join(arg, name)) : [arg]));
if (!files.length) throw new Error('node-suite.ts: name the test files (or a folder of them) to run');

/**
 * Seconds each file took in a full PGlite run (quiet machine): only to split the files into
 * processes of about equal length. A file not listed counts as FILE_SECONDS_DEFAULT.
 */
const FILE_SECONDS: Record<string, number> = {
  'community.test.ts': 24,
  'faults.test.ts': 18,
  'abuse-writes.test.ts': 17,
  'ssr-browser.test.ts': 13,
  'cases.test.ts': 9,
  'cache.test.ts': 7,
  'demo-outbox.test.ts': 6,
  'mail.test.ts': 5,
  'abuse-input.test.ts': 4,
  'desk.test.ts': 4,
  'fuzz.test.ts': 3,
  'limits.test.ts': 3,
};
const FILE_SECONDS_DEFAULT = 2;

const processes = Math.min(files.length, Math.max(1, Number(process.env.CASEKIT_SUITE_PROCESSES ?? 1)));
if (processes > 1) await runSplit(processes);
else await runHere();

async function runSplit(count: number): Promise<void> {
  const seconds = (file: string): number => FILE_SECONDS[basename(file)] ?? FILE_SECONDS_DEFAULT;
  const script = fileURLToPath(import.meta.url);
  const results = await runSideBySide(
    splitByWeight(files, count, seconds).map((group) => ({
      label: group.map((file) => basename(file)).join(', '),
      args: [...process.execArgv, script, ...group],
      env: { CASEKIT_SUITE_PROCESSES: '1' },
    })),
  );
  process.exitCode = Math.max(...results.map((result) => result.code));
}

async function runHere(): Promise<void> {
  // Before 'node:test' is imported at all: it wraps node:test's functions (a static import of
  // 'node:test' anywhere before it would bind the unwrapped `test` — no timeouts at all).
  await import('./test-timeout.mjs');
  const { test } = await import('node:test');

  // node:test starts the first file's tests while later files are still being imported; had they all
  // finished before the next file registered its suites (a slow import, e.g. playwright),
  // --test-force-exit would end the process and that file's tests would silently not run. So the
  // first test waits until every file is imported (top-level tests run one at a time, so no other
  // starts before it ends), and it fails, naming the file, when one cannot be imported.
  let imported!: () => void;
  const allImported = new Promise<void>((done) => (imported = done));
  const broken: string[] = [];
  test(`loads the ${files.length} test file(s)`, async () => {
    await allImported;
    if (broken.length) throw new Error(`could not load ${broken.join('; ')}`);
  });
  for (const file of files) {
    await import(pathToFileURL(resolve(file)).href).catch((error: unknown) => broken.push(`${file}: ${error instanceof Error ? error.stack : String(error)}`));
  }
  imported();
}
