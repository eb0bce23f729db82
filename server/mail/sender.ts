import { randomUUID } from 'node:crypto';
import type { MailConfig } from '../config.js';
import type { Db } from '../db/db.js';
import { claimDue, markAttemptFailed, markSent, releaseClaims, secondsUntilDue } from './outbox.js';
import { isPermanentFailure, smtpTransport, type MailTransport } from './transport.js';

const BATCH = 10;
/** Longer than a batch can take (nodemailer's timeouts are 15–60 s per step), so a lease outlives its sender's work. */
const LEASE_SECONDS = 600;
const MAX_BACKOFF_SECONDS = 3600;

/** Seconds before attempt n+1: base · 2^(n−1), at most an hour apart, ±20 % so instances spread out. */
export function backoffSeconds(attempts: number, baseSeconds: number): number {
  const plain = Math.min(baseSeconds * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_SECONDS);
  return Math.max(1, Math.round(plain * (0.8 + Math.random() * 0.4)));
}

export interface OutboxSender {
  /** Look for due messages now (after this instance queued one). */
  nudge(): void;
  /** No new rounds; the one running finishes (see idle). */
  stop(): void;
  /** Resolves when no round is running. */
  idle(): Promise<void>;
}

/**
 * Without SMTP_URL the outbox table is the record (a deployment can relay it by other means).
 * With it, every instance sends: it claims due messages (each by one instance only), sends them,
 * and sleeps until the next one is due, at most MAIL_POLL_SECONDS (messages other instances
 * queued, retries).
 */
export function startOutboxSender(db: Db, mail: MailConfig, transport?: MailTransport): OutboxSender {
  if (!mail.url && !transport) return { nudge: () => undefined, stop: () => undefined, idle: () => Promise.resolve() };
  const smtp = transport ?? smtpTransport({ ...mail, url: mail.url! });
  const worker = randomUUID();
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (seconds: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void round(), Math.max(50, Math.min(seconds, mail.pollSeconds) * 1000));
    timer.unref();
  };

  const sendOne = async (m: Awaited<ReturnType<typeof claimDue>>[number]) => {
    try {
      await smtp.send({ to: m.recipient, subject: m.subject, text: m.body, messageId: m.messageId });
      await markSent(db, m.id, worker);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const expired = Date.now() - m.createdAt.getTime() >= mail.retryHours * 3_600_000;
      const final = expired || isPermanentFailure(err);
      if (final) console.error(`[casekit] mail ${m.id} to a follower finally failed after ${m.attempts} attempts: ${error}`);
      await markAttemptFailed(db, m.id, worker, { error, final, retryInSeconds: backoffSeconds(m.attempts, mail.retryBaseSeconds) });
    }
  };

  const round = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          for (;;) {
            if (stopped) return;
            const due = await claimDue(db, worker, BATCH, LEASE_SECONDS);
            if (due.length === 0) break;
            for (const [i, m] of due.entries()) {
              // Stopping: hand the rest back at once rather than leave them to the lease.
              if (stopped) return await releaseClaims(db, due.slice(i).map((d) => d.id), worker);
              await sendOne(m);
            }
          }
        } while (again && !stopped);
        schedule((await secondsUntilDue(db)) ?? mail.pollSeconds);
      } catch (err) {
        console.error('[casekit] outbox:', err instanceof Error ? err.message : err);
        schedule(mail.pollSeconds);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  void round();
  return {
    nudge: () => void round(),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
    idle: async () => {
      await running;
      smtp.close();
    },
  };
}
