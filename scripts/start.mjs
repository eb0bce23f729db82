/**
 * `npm start`: builds the bundles when they are missing or older than the
 * sources, then runs the API and the demo site in this one process.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

const bundle = 'dist/casekit.js';
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestChange('src')) {
  console.log('Building Casekit (npm run build) …');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

// The demo site is the server's static folder unless STATIC_DIR says otherwise.
process.env.STATIC_DIR ??= 'demo';
// A named demo moderator ("Demo-redaktør"), re-keyed at every start, so the demo's
// moderation page can be tried at once with the token the server prints at start-up.
process.env.DEMO_MODERATOR_TOKEN ??= randomBytes(18).toString('base64url');
// The demo has no mail relay: /udbakke shows the e-mails it would have sent (demo only — the
// page shows recipients' addresses).
process.env.DEMO_OUTBOX ??= '1';
register();
await import('../server/main.ts');
