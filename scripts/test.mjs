/**
 * `npm test`: every check, as many steps side by side as the machine's two cores hold (JOBS and
 * each step's `cores`, below), each step's output printed whole when it ends and in the order of
 * STEPS, never interleaved. Ends with each step's time, CPU and start, and one line that sums every
 * step: `N passed, N failed` (`, N skipped` if any).
 * The PGlite API step, the longest chain, splits its files over two processes: in a full run it then
 * ends after ~75 s instead of ~105 s, for ~10 s more CPU. The PostgreSQL API step and the browser
 * step run in one process each: split, each process starts its own servers and Chromium, which cost
 * more than it saved (327 s / 399 s CPU against 395 s / 503 s CPU with two each, an earlier run).
 * CASEKIT_SUITE_PROCESSES / CASEKIT_BROWSER_PROCESSES set those numbers, for a machine with more cores.
 * Exits non-zero when anything failed. After the first failure no new step starts (the running
 * ones finish), so a red run is still quick.
 *
 * Counting: a test step contributes its tests, read from the runner's own closing line
 * (node:test's `ℹ pass N`/`# pass N`, or `label: N passed, N failed` from web-test-runner's
 * summary reporter, the story smoke test and the end-to-end walk); a step that runs no tests
 * (type-check, lint, build) counts as one. A test step that prints no count, or exits non-zero
 * while counting no failure, adds one failure — so a broken reporter cannot make a run green.
 *
 * Adding a step: append `{ name, script, needs?, after?, cores?, tests?, when?, env? }` to STEPS.
 * - `script`: the package.json script it runs (`npm run --silent <script>`);
 * - `needs`: names of steps that must pass first (e.g. `['build']` for anything that loads dist/);
 * - `after`: names of steps that must have started first, for a step of which only a part needs
 *   them: it starts beside them, and that part waits inside for them to pass (`stepPassed()` in
 *   test/harness/steps.ts, which reads the file CASEKIT_STEP_<NAME>_DONE names);
 * - `cores`: how much of a core the step keeps busy, 1 unless set. Steps start while their cores fit
 *   within JOBS: a step that mostly waits (on servers, timers, a database) is given 0.25 and runs
 *   beside two others, so the cores are not left idle while it waits;
 * - `tests: true` when it prints a count as above (else it counts as one passed or failed step);
 * - `when`: a function; the step is left out (and not counted) when it returns false;
 * - `env`: extra environment for that step only.
 * Steps start in list order as soon as their `needs` have passed and their cores fit, so put the
 * steps of the longest chain early. CASEKIT_TEST_JOBS=1 runs one step at a time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutColours } from '../test/harness/side-by-side.mjs';
import { stepDoneVariable } from '../test/harness/step-done.mjs';

const postgresUrl = process.env.TEST_DATABASE_URL;
// How many processes the API steps and the browser step each split their files over (see above).
const suiteProcesses = process.env.CASEKIT_SUITE_PROCESSES ?? '1';
const pgliteProcesses = process.env.CASEKIT_SUITE_PROCESSES ?? '2';
const browserProcesses = process.env.CASEKIT_BROWSER_PROCESSES ?? '1';

const STEPS = [
  // First: most steps load the code it writes to dist/ and lib/ (it empties both before it writes them).
  { name: 'build', script: 'build:code' },
  // The longest chain, so it starts at once, in two processes: only one of its files (ssr-browser,
  // which loads the loader from dist/, last in its process) needs the build, and waits for it
  // inside. Its processes wait on child servers, mail relays and Chromium part of the time: 0.75.
  { name: 'API tests (PGlite)', script: 'test:server', after: ['build'], cores: 0.75, tests: true, env: { CASEKIT_TEST_BACKENDS: 'pglite', CASEKIT_SUITE_PROCESSES: pgliteProcesses } },
  { name: 'browser tests', script: 'test:browser', needs: ['build'], tests: true, env: { CASEKIT_BROWSER_PROCESSES: browserProcesses } },
  {
    name: 'API tests (PostgreSQL)',
    script: 'test:server',
    tests: true,
    cores: 0.25,
    when: () => Boolean(postgresUrl),
    env: { CASEKIT_TEST_BACKENDS: 'postgres', CASEKIT_SUITE_PROCESSES: suiteProcesses },
  },
  // Two API instances behind nginx (deploy/) on PostgreSQL, with a mail relay (node:test). Like the
  // step above, it mostly waits (on its servers, nginx and timers): it runs beside two others.
  { name: 'cluster', script: 'test:cluster', cores: 0.25, tests: true },
  // The rest of `npm run build`: the .d.ts files and custom-elements.json, which only the package
  // and story steps read. A step of its own, so the browser tests need not wait for it.
  { name: 'types', script: 'build:types', needs: ['build'] },
  // The rest longest first, so that the run does not end on one long step alone.
  // After the build, which writes custom-elements.json (the argument tables): not made twice.
  { name: 'stories', script: 'test:stories:built', needs: ['build', 'types'], tests: true },
  { name: 'end-to-end', script: 'test:e2e', needs: ['build'], tests: true },
  { name: 'type-check', script: 'typecheck' },
  // The published package installed into a fresh project and type-checked (node:test).
  { name: 'package', script: 'test:package', needs: ['build', 'types'], tests: true },
  { name: 'lint', script: 'lint' },
];

const JOBS = Math.max(1, Number(process.env.CASEKIT_TEST_JOBS ?? 2));

/** Whether a step can start now: its `cores` (1 unless set) fit beside the running steps' within JOBS. */
function fits(step) {
  if (running.size === 0) return true;
  if (JOBS === 1) return false;
  const inUse = [...running.keys()].reduce((sum, name) => sum + (steps.find((s) => s.name === name).cores ?? 1), 0);
  return inUse + (step.cores ?? 1) <= JOBS;
}

/** Tests counted from a runner's output, or null when it printed no count. */
function countTests(output) {
  const plain = withoutColours(output);
  const node = [...plain.matchAll(/^[#ℹ] (pass|fail|cancelled|skipped|todo) (\d+)$/gm)];
  if (node.length) {
    const n = (key) => node.filter((m) => m[1] === key).reduce((sum, m) => sum + Number(m[2]), 0);
    return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
  }
  const lines = [...plain.matchAll(/^[\w -]+: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)];
  if (!lines.length) return null;
  const last = lines[lines.length - 1];
  return { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0) };
}

/**
 * How a step is started so that what it costs the two cores is counted: through
 * scripts/subreaper.pl where Perl can make it a child subreaper (Linux, with Perl's syscall.ph —
 * Debian's `perl`, which PostgreSQL's packages bring), so the CPU of every process the step started
 * is counted, also of those orphaned on the way (Chromium's renderers outlive the browser process);
 * else through bash, whose `times` counts only the processes it reaped itself: about 30 % less.
 */
const SUBREAPER = process.platform === 'linux' && spawnSync('perl', ['-e', 'require "syscall.ph"'], { stdio: 'ignore' }).status === 0;
const stepCommand = (script) =>
  SUBREAPER
    ? ['perl', ['scripts/subreaper.pl', 'npm', 'run', '--silent', script]]
    : ['bash', ['-c', 'npm run --silent "$0"; status=$?; times >&3; exit $status', script]];

/**
 * CPU seconds (user + system) the step's processes used, from what it wrote to fd 3: the subreaper's
 * "12.34 1.20", or the second line of bash's `times` ("0m12.34s 0m1.20s"); null if absent.
 */
function cpuSeconds(written) {
  const reaped = written.trim().match(/^([\d.]+) ([\d.]+)$/);
  if (reaped) return Number(reaped[1]) + Number(reaped[2]);
  const line = written.trim().split('\n')[1];
  const parts = line ? [...line.matchAll(/(\d+)m([\d.]+)s/g)] : [];
  return parts.length === 2 ? parts.reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0) : null;
}

/** CPU seconds the whole machine spent busy (all cores, all processes) since boot, from /proc/stat; null elsewhere. */
function machineBusySeconds() {
  if (!existsSync('/proc/stat')) return null;
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = ticks[3] + (ticks[4] ?? 0);
  // The kernel counts in USER_HZ, 100 per second on every Linux that Node runs on.
  return (ticks.reduce((sum, t) => sum + t, 0) - idle) / 100;
}

/** "12.3 s" or "12.3 s, 20.1 s CPU". */
const timing = (result) => `${result.seconds.toFixed(1)} s${result.cpu == null ? '' : `, ${result.cpu.toFixed(1)} s CPU`}`;

function runStep(step, env) {
  return new Promise((resolve) => {
    const started = Date.now();
    // The two cores are the budget, and wall time alone hides what a step costs (stepCommand).
    const [command, args] = stepCommand(step.script);
    const child = spawn(command, args, {
      env: { ...env, ...step.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let times = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdio[3].on('data', (chunk) => (times += chunk));
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      const cpu = cpuSeconds(times);
      const ok = code === 0;
      let counts = step.tests ? countTests(output) : { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
      let note = '';
      if (!counts) {
        counts = { passed: 0, failed: 1, skipped: 0 };
        note = ' — printed no test count';
      } else if (!ok && counts.failed === 0) {
        counts = { ...counts, failed: 1 };
        note = ` — exited with ${signal ?? `code ${code}`}`;
      }
      resolve({ step, ok: ok && counts.failed === 0, startedAt: (started - began) / 1000, seconds, cpu, output, counts, note });
    });
  });
}

const cache = mkdtempSync(join(tmpdir(), 'casekit-test-run-'));
// One seeded database per run, shared by the steps (test/harness/seeded-db.ts).
const env = { ...process.env, CASEKIT_TEST_CACHE: cache };
/** The file a finished step's outcome is written to, for the steps that run `after` it. */
const doneFile = (name) => join(cache, `step-${name.replace(/\W+/g, '-')}.done`);

// `npm test -- browser lint`: only the steps whose names contain one of the words, and the steps they need.
const wanted = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = new Set(STEPS.filter((step) => !wanted.length || wanted.some((word) => step.name.toLowerCase().includes(word))));
for (const step of [...chosen].reverse()) for (const need of [...(step.needs ?? []), ...(step.after ?? [])]) chosen.add(STEPS.find((s) => s.name === need));
const steps = STEPS.filter((step) => chosen.has(step) && (!step.when || step.when()));
const results = new Map();
const running = new Map();
let printed = 0;
let failedOnce = false;
const began = Date.now();
const machineBusyAtStart = machineBusySeconds();

/** Prints finished steps in list order, each as one block. */
function printReady() {
  while (printed < steps.length && results.has(steps[printed].name)) {
    const result = results.get(steps[printed].name);
    printed += 1;
    if (result.skipped) continue;
    process.stdout.write(`\n▶ ${result.step.name} (${timing(result)})\n`);
    if (result.output) process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  }
}

function startable(step) {
  if (results.has(step.name) || running.has(step.name) || failedOnce) return false;
  const inRun = (name) => steps.some((s) => s.name === name);
  return (
    (step.needs ?? []).every((need) => results.get(need)?.ok || !inRun(need)) &&
    (step.after ?? []).every((first) => results.has(first) || running.has(first) || !inRun(first))
  );
}

/** The step's environment: its own, and for each step it runs `after`, the file that says how that one ended. */
function stepEnv(step) {
  const waits = (step.after ?? []).filter((first) => steps.some((s) => s.name === first));
  return { ...env, ...Object.fromEntries(waits.map((first) => [stepDoneVariable(first), doneFile(first)])) };
}

await new Promise((done) => {
  const fill = () => {
    for (const step of steps) {
      if (!startable(step) || !fits(step)) continue;
      running.set(
        step.name,
        runStep(step, stepEnv(step)).then((result) => {
          running.delete(step.name);
          results.set(step.name, result);
          writeFileSync(doneFile(step.name), result.ok ? 'passed' : 'failed');
          if (!result.ok) failedOnce = true;
          const before = printed;
          printReady();
          // A step that ends before those above it in the list: one status line now, its output in order later.
          if (printed === before) console.log(`… ${step.name}: ${result.ok ? 'done' : 'FAILED'} (${result.seconds.toFixed(1)} s), output below in order`);
          fill();
        }),
      );
    }
    if (running.size === 0) done();
  };
  fill();
});
rmSync(cache, { recursive: true, force: true });

// Steps never started (after a failure) are listed, and printed output stays in order.
for (const step of steps) if (!results.has(step.name)) results.set(step.name, { step, skipped: true });
printReady();

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const step of steps) {
  const result = results.get(step.name);
  if (result.skipped) {
    console.log(`  --   ${step.name} (not run: an earlier step failed)`);
    continue;
  }
  for (const key of Object.keys(total)) total[key] += result.counts[key];
  const { passed, failed, skipped } = result.counts;
  const counted = step.tests ? ` ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}` : '';
  console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${step.name} (${timing(result)}, from ${result.startedAt.toFixed(0)} s)${counted}${result.note}`);
}
const notRun = steps.filter((step) => results.get(step.name).skipped).length;
const cpuTotal = steps.reduce((sum, step) => sum + (results.get(step.name).cpu ?? 0), 0);
const wall = (Date.now() - began) / 1000;
// What the whole machine did meanwhile: the steps' CPU plus what is not theirs (a PostgreSQL server
// started before the run, anything else running). Beside the wall time, it says how full the cores were.
const machineBusy = machineBusyAtStart == null ? null : machineBusySeconds() - machineBusyAtStart;
const machine = machineBusy == null ? '' : ` (the machine: ${machineBusy.toFixed(0)} s CPU busy, ${Math.round((100 * machineBusy) / (wall * availableParallelism()))} % of its ${availableParallelism()} cores)`;
console.log(`\nnpm test: ${wall.toFixed(1)} s, ${cpuTotal.toFixed(0)} s CPU${machine}${notRun ? `, ${notRun} step(s) not run` : ''}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 || notRun > 0 ? 1 : 0);
