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
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
if (!files.length) throw new Error('node-suite.ts: name the test files to run');
for (const file of files) await import(pathToFileURL(resolve(file)).href);
