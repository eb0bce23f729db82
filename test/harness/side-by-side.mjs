import { spawn } from 'node:child_process';

/** A runner's output without its terminal colour codes, for reading its summary line. */
// eslint-disable-next-line no-control-regex -- the codes start with ESC
export const withoutColours = (output) => output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/**
 * Splits `files` into `count` groups of about equal weight (heaviest first, each to the lightest
 * group so far); each group keeps the files' own order.
 */
export function splitByWeight(files, count, weight) {
  const groups = Array.from({ length: count }, () => ({ files: new Set(), weight: 0 }));
  for (const file of [...files].sort((a, b) => weight(b) - weight(a))) {
    const lightest = groups.reduce((min, group) => (group.weight < min.weight ? group : min));
    lightest.files.add(file);
    lightest.weight += weight(file);
  }
  return groups.map((group) => files.filter((file) => group.files.has(file))).filter((group) => group.length);
}

/**
 * Runs the commands (`{ args, env? }`, run with this Node) at the same time and prints each one's
 * output whole, in order, when it has ended — never interleaved — under a `# process i of n:
 * <label>` line. Resolves with each one's output and exit code (1 when a signal ended it).
 */
export async function runSideBySide(commands) {
  const runs = commands.map(({ args, env }) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const ended = new Promise((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));
    return { ended, output: () => output };
  });
  const results = [];
  for (const [i, run] of runs.entries()) {
    const code = await run.ended;
    const output = run.output();
    process.stdout.write(`\n# process ${i + 1} of ${runs.length}: ${commands[i].label}${code ? ` (exit code ${code})` : ''}\n`);
    process.stdout.write(output.endsWith('\n') || !output ? output : `${output}\n`);
    results.push({ code, output });
  }
  return results;
}
