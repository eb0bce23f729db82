import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { serverScript } from './server-bundle.mjs';

/** A free TCP port on loopback, so test runs never collide with a running demo. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs the reference API as its own process, configured by environment as `npm start` runs it,
 * on an in-memory clone of the run's migrated database (test/harness/api-server.ts), seeded on
 * start. `stop()` ends it. It runs as plain JavaScript (test/harness/server-bundle.mjs), not through tsx.
 */
export async function apiProcess(env = {}) {
  const port = await freePort();
  let child;

  async function start() {
    child = spawn(process.execPath, [await serverScript('test/harness/api-server.ts')], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        MODERATOR_TOKEN: 'test-moderator-token',
        RATE_LIMIT_WRITES_PER_MINUTE: '100000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`The API server exited (code ${code}) before it was ready`))),
    );
    const ready = new Promise((resolve) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('listening on')) resolve();
      });
    });
    child.stderr.on('data', (chunk) => process.stderr.write(`[api] ${chunk}`));
    await Promise.race([ready, exited]);
    child.removeAllListeners('exit');
  }

  async function stop() {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  await start();
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    port,
    stop,
    dispose: stop,
  };
}
