/**
 * The server's command line: configuration from the environment, one line on
 * stdout when ready (`Casekit API listening on …`, which test harnesses wait
 * for), and a second one naming the demo site's address when STATIC_DIR serves it.
 */
import { ConfigError } from './config.js';
import { DEMO_MODERATOR_NAME, startServer } from './start.js';

try {
  const server = await startServer();
  console.log(`Casekit API listening on ${server.url}`);
  if (server.config.staticDir) {
    console.log(`Casekit demo: ${server.url.replace('127.0.0.1', 'localhost')}/  (Ctrl-C stops it)`);
    // npm start makes a demo moderator with this token (scripts/start.mjs), so the moderation page works at once.
    const demoToken = process.env.DEMO_MODERATOR_TOKEN;
    if (process.env.DEMO_OUTBOX === '1') console.log(`Udbakke (e-mails demoen ville have sendt): ${server.url.replace('127.0.0.1', 'localhost')}/udbakke`);
    if (demoToken) console.log(`Moderation: ${server.url.replace('127.0.0.1', 'localhost')}/moderation.html  (nøgle for ${DEMO_MODERATOR_NAME}: ${demoToken})`);
  }
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`Casekit cannot start: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
