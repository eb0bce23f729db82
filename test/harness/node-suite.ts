/**
 * Runs the node:test files given on the command line in this one process, one after another:
 * `node --import tsx --test-force-exit test/harness/node-suite.ts test/server/*.test.ts`. `node --test`
 * gives each file a process of its own, and each paid again for Node, tsx, the server's modules and
 * PGlite's start (about 2 s of CPU per file); here they are paid once. The files' suites still run
 * one at a time, each on its own servers and databases. A single file runs as before:
 * `node --import tsx --test test/server/cases.test.ts`.
 *
 * Every test and hook gets test/harness/test-timeout.mjs's default timeout, and `--test-force-exit`
 * ends the process when the last test has reported: a hung test fails by name and the step ends,
 * even when what hung still holds a socket or a timer.
 */
import './test-timeout.mjs';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Imported only now, after test-timeout.mjs wrapped it: a static import here would bind the
// unwrapped `test`, and leave every test file with the unwrapped `it` too (no timeouts at all).
const { test } = await import('node:test');

// A folder stands for its *.test.ts files (`node-suite.ts test/server`): the process's command line
// then names no test file, so a `pkill -f <file>` meant for another run of one file spares it.
const files = process.argv
  .slice(2)
  .flatMap((arg) => (statSync(arg).isDirectory() ? readdirSync(arg).filter((name) => name.endsWith('.test.ts')).sort().map((name) => join(arg, name)) : [arg]));
if (!files.length) throw new Error('node-suite.ts: name the test files (or a folder of them) to run');

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
