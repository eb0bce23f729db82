import { readFileSync } from 'node:fs';
import { createTransport } from 'nodemailer';
import type { MailConfig } from '../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The same on every attempt, so a receiving system can tell a retry from a new message. */
  messageId: string;
}

export interface MailTransport {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * nodemailer over SMTP, pooled. `smtps://` speaks TLS from the first byte (port 465); `smtp://`
 * upgrades with STARTTLS whenever the relay offers it, and with SMTP_REQUIRE_TLS refuses to send
 * in clear. The relay's certificate is checked, against SMTP_CA_FILE when the municipality has
 * its own CA. User and password come from the URL (URL-encoded).
 */
export function smtpTransport(mail: MailConfig & { url: string }): MailTransport {
  const url = new URL(mail.url);
  const secure = url.protocol === 'smtps:';
  const transport = createTransport({
    pool: true,
    maxConnections: 2,
    maxMessages: 100,
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 25)),
    secure,
    requireTLS: mail.requireTls,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    tls: {
      minVersion: 'TLSv1.2',
      ...(mail.caFile ? { ca: readFileSync(mail.caFile) } : {}),
    },
    name: 'casekit',
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const domain = mail.from.split('@')[1]?.replace(/[>\s]/g, '') || 'casekit.invalid';
  return {
    async send(m) {
      await transport.sendMail({
        from: mail.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${m.messageId}@${domain}>`,
        // The text is already CRLF (normalised when queued); nodemailer must not rewrite it.
        newline: 'windows',
      });
    },
    close: () => transport.close(),
  };
}

/** 5xx for this recipient: retrying will not help (unknown mailbox, refused address). */
export function isPermanentFailure(err: unknown): boolean {
  const e = err as { responseCode?: number; command?: string } | null;
  return !!e && typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600 && /^RCPT/i.test(e.command ?? '');
}
