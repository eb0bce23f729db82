/**
 * `npm run test:soak`: the steadiness check of issue #11 — `npm test` several times in a row
 * (default 5; `-- --runs N`) while two CPU-bound processes (`node -e "for(;;){}"`) run beside it,
 * started and stopped by this script. Prints each run's time and closing line, then the load
 * seen, and exits non-zero if any run failed. `-- --busy 0` runs it on a quiet machine instead.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, busy: { type: 'string', default: '2' } },
});
const runs = Number(values.runs);
const busy = Number(values.busy);

const burners = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stopBurners = () => {
  for (const burner of burners) if (burner.exitCode === null) burner.kill('SIGKILL');
};
process.on('exit', stopBurners);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBurners();
    process.exit(130);
  });
}

const results = [];
for (let run = 1; run <= runs; run++) {
  const load = loadavg()[0].toFixed(1);
  const started = Date.now();
  console.log(`\n=== soak run ${run}/${runs} (load ${load}, ${busy} CPU-bound process(es) beside it) ===`);
  const { code, last } = await new Promise((resolve) => {
    const child = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (exitCode) => resolve({ code: exitCode, last: output.trim().split('\n').at(-1) ?? '' }));
  });
  results.push({ run, seconds: (Date.now() - started) / 1000, code, last, load });
}
stopBurners();

console.log(`\nnpm test × ${runs} beside ${busy} CPU-bound process(es):`);
for (const { run, seconds, code, last, load } of results) {
  console.log(`  run ${run}: ${code === 0 ? 'green' : `RED (exit ${code})`}  ${seconds.toFixed(0)} s  load at start ${load}  — ${last}`);
}
const red = results.filter((r) => r.code !== 0).length;
console.log(`${runs - red} green, ${red} red`);
process.exit(red ? 1 : 0);
