/**
 * The case API in a child process of its own, so the load generator (in the
 * parent) does not share an event loop with the server it measures, and the
 * server's resident memory is its own.
 *
 * It is the app `startServer` runs (same `createApp`, same middleware), plus
 * one route, /api/v1/__bench/fixed/:key, that answers with bytes recorded from
 * a real response: the same bytes through the same stack minus the database
 * and the handler. That is the ceiling each real route is compared with.
 * Kept here rather than in server/ because only the bench needs it.
 *
 * Started by api.mjs with `node --import tsx`; talks over the IPC channel:
 * parent → { type: 'record', key, body, contentType } | { type: 'rss' } | { type: 'close' }
 * child  → { type: 'ready', url } | { type: 'recorded' } | { type: 'rss', bytes } | { type: 'error', message }
 */
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open.ts';
import { startOutboxSender } from '../../server/mail/sender.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';

const options = JSON.parse(process.argv[2]);
const fixed = new Map();

try {
  const config = {
    ...configFromEnv({}),
    port: 0,
    host: '127.0.0.1',
    dataDir: options.dataDir ?? 'memory://',
    databaseUrl: options.databaseUrl,
    // The comment route is measured at full speed, not at a visitor's 30 a minute.
    rateLimit: { writesPerMinute: 1e9, viewsPerMinute: 1e9 },
  };
  const db = await openDatabase(config);
  await migrate(db);
  await seedIfEmpty(db, { generate: options.generate });
  const outbox = startOutboxSender(db, undefined);
  let url = '';
  const app = createApp({ db, config, publicUrl: () => url, outboxChanged: outbox.nudge });
  app.all('/api/v1/__bench/fixed/:key', (c) => {
    const entry = fixed.get(c.req.param('key'));
    if (!entry) return c.body(null, 404);
    return c.body(entry.body, entry.status, { 'Content-Type': entry.contentType });
  });
  const server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  url = `http://127.0.0.1:${server.address().port}`;

  process.on('message', async (message) => {
    if (message.type === 'record') {
      fixed.set(message.key, { body: Buffer.from(message.body, 'base64'), status: message.status, contentType: message.contentType });
      process.send({ type: 'recorded' });
    } else if (message.type === 'rss') {
      process.send({ type: 'rss', bytes: process.memoryUsage().rss });
    } else if (message.type === 'close') {
      outbox.stop();
      server.closeAllConnections?.();
      server.close();
      await db.close();
      process.exit(0);
    }
  });
  process.send({ type: 'ready', url });
} catch (error) {
  process.send({ type: 'error', message: String(error?.stack ?? error) });
  process.exit(1);
}
