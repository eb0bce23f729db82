import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds the bundles when they are missing or older than the sources (as
 * `npm start` does), so the bench always weighs what src/ would ship.
 * `--no-build` skips this, e.g. while someone else's half-finished change
 * breaks the build.
 */
export function ensureBuild({ skip = false } = {}) {
  const bundle = 'dist/casekit.js';
  if (skip && existsSync(bundle)) return;
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestChange('src')) return;
  console.error('bench: building (npm run build) …');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) throw new Error('npm run build failed; fix the build or run with --no-build');
}
