import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** What the figures ran on: they mean little without it. */
export function machine() {
  let chromium = 'unknown';
  try {
    const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    // Debian's wrapper script prints a shell warning on stderr; the version is on stdout.
    chromium = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Chromium missing: the browser sections say so themselves.
  }
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    load: os.loadavg().map((n) => n.toFixed(2)).join(', '),
  };
}

export function describeMachine(m) {
  return `${m.date} · ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM · Node ${m.node} · ${m.chromium} · load average at start ${m.load}`;
}
