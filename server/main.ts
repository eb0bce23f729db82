/** `npm start`: configuration from the environment, one line on stdout when ready. */
import { ConfigError } from './config.js';
import { startServer } from './start.js';

try {
  const server = await startServer();
  console.log(`Casekit API listening on ${server.url}`);
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
