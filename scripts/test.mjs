/**
 * `npm test`: everything, in the order that fails fastest. Stops at the first
 * failing step with its exit code and prints a one-line summary per step.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['package', 'npm', ['run', '--silent', 'test:package']],
  ['API tests', 'npm', ['run', '--silent', 'test:server']],
  ['browser tests', 'npm', ['run', '--silent', 'test:browser']],
  ['stories', 'npm', ['run', '--silent', 'test:stories']],
  ['end-to-end', 'npm', ['run', '--silent', 'test:e2e']],
];

const results = [];
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (status !== 0) {
    console.log(`\n${results.join('\n')}`);
    process.exit(status ?? 1);
  }
}
console.log(`\n${results.join('\n')}`);
