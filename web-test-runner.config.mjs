import { existsSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { apiProcess } from './test/harness/api-process.mjs';
import { chromiumArgs, chromiumPath } from './test/harness/chromium.mjs';
import { summaryReporter } from './test/harness/summary-reporter.mjs';

/**
 * Every browser test runs in Debian's headless Chromium against the real
 * reference server (its own process, a fresh seeded database). Test pages get
 * the API address as `<meta name="casekit-api">`, the page-wide default an
 * editor would set.
 */
let api;

/** Commands a test can send with `executeServerCommand` to stop and restart the API. */
const apiPlugin = {
  name: 'casekit-api',
  async serverStart() {
    if (existsSync('server/main.ts')) api = await apiProcess();
  },
  async serverStop() {
    await api?.dispose();
  },
  async executeCommand({ command }) {
    if (!api) return undefined;
    if (command === 'api-stop') return api.stop().then(() => true);
    if (command === 'api-start') return api.start().then(() => true);
    if (command === 'api-url') return api.url;
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } })],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), apiPlugin],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="da">
  <head><meta charset="utf-8"><meta name="casekit-api" content="${api?.url ?? ''}"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
