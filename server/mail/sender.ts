import type { Db } from '../db/db.js';
import { markMessage, unsentMessages } from '../queries/followers.js';
import { sendMail } from './smtp.js';

/**
 * Without SMTP_URL the outbox table is the record (a deployment can relay it by other means).
 * With it, unsent messages go out after each change and once a minute (retries, other copies' rows).
 */
export function startOutboxSender(db: Db, smtpUrl: string | undefined): { nudge: () => void; stop: () => void } {
  if (!smtpUrl) return { nudge: () => undefined, stop: () => undefined };
  let running = false;
  let again = false;
  const drain = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        for (const m of await unsentMessages(db, 50)) {
          try {
            await sendMail(smtpUrl, m.recipient, m.subject, m.body);
            await markMessage(db, m.id, null);
          } catch (err) {
            await markMessage(db, m.id, err instanceof Error ? err.message : String(err));
          }
        }
      } while (again);
    } catch (err) {
      console.error('[casekit] outbox:', err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void drain(), 60_000);
  timer.unref();
  return { nudge: () => void drain(), stop: () => clearInterval(timer) };
}
