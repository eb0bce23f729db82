/**
 * `npm start`: the reference API and the demo municipal site in one process,
 * on an embedded database that is created and seeded on first start.
 */
import { ConfigError } from '../config.js';
import { startServer } from '../start.js';

try {
  const server = await startServer({ staticDir: process.env.STATIC_DIR ?? 'demo' });
  console.log(`Casekit API listening on ${server.url}/api/v1`);
  console.log(`Casekit demo: ${server.url.replace('127.0.0.1', 'localhost')}/  (Ctrl-C stops it)`);
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
