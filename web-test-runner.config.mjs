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
 * the API address as `<meta name="casekit-api">`, the page-wide default an
 * editor would set.
 */
let api;
/** A second API that holds every comment for moderation (COMMENT_MODERATION=pre). */
let preModerated;
/** Receives the mail the API's outbox sends (follow confirmations, notifications). */
let mail;
let apiRunning = false;

const MODERATOR_TOKEN = 'test-moderator-token';

/** Runs stops and starts of the API one after another. */
let lastApiChange = Promise.resolve();
function serially(change) {
  const run = lastApiChange.then(change, change);
  lastApiChange = run.catch(() => undefined);
  return run;
}

/**
 * Commands a test can send with `executeServerCommand`:
 * - `api-stop`, `api-start`, `api-url`: take the API away and bring it back (same port, same data);
 * - `api-pre-url`: the base URL of the pre-moderated API;
 * - `api-mail`: the messages the outbox relayed so far ({ recipient, subject, body });
 * - `api-moderate` with `{ path, method?, pre? }`: a moderation request with the moderator's
 *   token (e.g. `GET /moderation/cases`, `POST /moderation/comments/{id}/publish`), answered as JSON.
 */
const apiPlugin = {
  name: 'casekit-api',
  async serverStart() {
    if (!existsSync('server/main.ts')) return;
    mail = await smtpSink();
    // Both start together and are ready before the first test (the pre-moderated one needs only the seed cases).
    preModerated = apiProcess({ COMMENT_MODERATION: 'pre', SMTP_URL: mail.url, SEED_GENERATE: '0' });
    [api] = await Promise.all([apiProcess({ SMTP_URL: mail.url }), preModerated]);
    apiRunning = true;
  },
  async serverStop() {
    await api?.dispose();
    await (await preModerated)?.dispose();
    await mail?.close();
  },
  async executeCommand({ command, payload }) {
    if (!api) return undefined;
    // Idempotent, so a test's cleanup can always send `api-start`; one at a time, so a start
    // that outlasts the browser's command timeout is waited for instead of started twice.
    if (command === 'api-stop') {
      return serially(async () => {
        if (apiRunning) await api.stop();
        apiRunning = false;
        return true;
      });
    }
    if (command === 'api-start') {
      return serially(async () => {
        if (!apiRunning) await api.start();
        apiRunning = true;
        return true;
      });
    }
    if (command === 'api-url') return api.url;
    if (command === 'api-pre-url') {
      return (await preModerated).url;
    }
    if (command === 'api-mail') return mail.messages;
    if (command === 'api-moderate') {
      const base = payload.pre ? (await preModerated).url : api.url;
      const response = await fetch(base + payload.path, {
        method: payload.method ?? 'GET',
        headers: { Authorization: `Bearer ${MODERATOR_TOKEN}` },
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    }
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 300_000),
  testFramework: { config: { timeout: 10_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } })],
  // a11ySnapshot: tests read the real accessibility tree (role, name, states), not only axe.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    apiPlugin,
    a11ySnapshotPlugin(),
    // 500s, malformed JSON and hanging answers from a real server in front of the API (test/harness/fault-server.mjs).
    faultServerPlugin(() => api.url),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="da">
  <head><meta charset="utf-8"><meta name="casekit-api" content="${api?.url ?? ''}"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
