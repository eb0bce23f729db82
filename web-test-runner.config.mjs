import { existsSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { apiProcess } from './test/harness/api-process.mjs';
import { smtpSink } from './test/harness/smtp-sink.mjs';
import { chromiumArgs, chromiumPath } from './test/harness/chromium.mjs';
import { summaryReporter } from './test/harness/summary-reporter.mjs';
import { faultServerPlugin } from './test/harness/fault-server.mjs';

/**
 * Every browser test runs in Debian's headless Chromium against the real
 * reference server (its own process, a fresh seeded database). Test pages get
 * the API address as the page default a developer sets in code
 * (`setDefaultApiBase`, what the loader does with its script tag's `data-api`).
 */
let api;
/** A second API that holds every comment for moderation (COMMENT_MODERATION=pre). */
let preModerated;
/** Receives the mail the API's outbox sends (follow confirmations, notifications). */
let mail;
const MODERATOR_TOKEN = 'test-moderator-token';

/**
 * Commands a test can send with `executeServerCommand`:
 * - `api-url`: the API's base URL;
 * - `api-pre-url`: the base URL of the pre-moderated API;
 * - `api-mail`: the messages the outbox relayed so far ({ recipient, subject, body });
 * - `api-moderate` with `{ path, method?, body?, pre? }`: a moderation request with the moderator's
 *   token (e.g. `GET /moderation/cases`, `POST /moderation/comments/{id}/publish`,
 *   `PATCH /moderation/cases/{id}` with a JSON body), answered as JSON;
 * - `api-moderator-token`: the token the moderation page logs in with.
 */
const apiPlugin = {
  name: 'casekit-api',
  async serverStart() {
    if (!existsSync('server/main.ts')) return;
    mail = await smtpSink();
    // Both start together and are ready before the first test (the pre-moderated one needs only the seed cases).
    preModerated = apiProcess({ COMMENT_MODERATION: 'pre', SMTP_URL: mail.url, SEED_GENERATE: '0' });
    [api] = await Promise.all([apiProcess({ SMTP_URL: mail.url }), preModerated]);
  },
  async serverStop() {
    await api?.dispose();
    await (await preModerated)?.dispose();
    await mail?.close();
  },
  async executeCommand({ command, payload }) {
    if (!api) return undefined;
    // Restarting the API to simulate a fault took seconds on a busy machine and made tests red:
    // the fault server's `refuse` and `silent` modes do the same in milliseconds.
    if (command === 'api-stop' || command === 'api-start') {
      throw new Error(`${command} is gone: use faultBase() and setFault('refuse') from test/api/helpers.ts`);
    }
    if (command === 'api-url') return api.url;
    if (command === 'api-pre-url') {
      return (await preModerated).url;
    }
    if (command === 'api-mail') return mail.messages;
    if (command === 'api-moderator-token') return MODERATOR_TOKEN;
    if (command === 'api-moderate') {
      const base = payload.pre ? (await preModerated).url : api.url;
      const response = await fetch(base + payload.path, {
        method: payload.method ?? 'GET',
        headers: { Authorization: `Bearer ${MODERATOR_TOKEN}`, ...(payload.body ? { 'Content-Type': 'application/json' } : {}) },
        ...(payload.body ? { body: JSON.stringify(payload.body) } : {}),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    }
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/cluster/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  // Per test file; generous, since a busy 2-core machine can be ten times slower than a quiet one.
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 1_200_000),
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // Above waitFor's 20 s (test/harness/wait-for.ts): a busy machine makes a test slow, not red.
  testFramework: { config: { timeout: 60_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } })],
  // a11ySnapshot: tests read the real accessibility tree (role, name, states), not only axe.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    apiPlugin,
    a11ySnapshotPlugin(),
    // 500s, malformed JSON and hanging answers from a real server in front of the API (test/harness/fault-server.mjs).
    faultServerPlugin(() => api.url),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: Boolean(process.stdout.isTTY) && !process.env.CI }), summaryReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8">
    <script type="module">
      import { setDefaultApiBase } from '/src/api/page-default.ts';
      setDefaultApiBase(${JSON.stringify(api?.url ?? '')});
    </script>
  </head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
