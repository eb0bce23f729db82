import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface RelayedMessage {
  raw: string;
  to: string[];
  secure: boolean;
  user: string | null;
  headers: Record<string, string>;
  subject: string;
  messageId: string | null;
  text: string;
}

export interface RelayOptions {
  /** Offer STARTTLS (with a certificate for 127.0.0.1). */
  tls?: boolean;
  /** TLS from the first byte (smtps://). */
  secure?: boolean;
  auth?: { user: string; pass: string };
  /** Answer 550 to RCPT TO for these addresses. */
  refuse?: (address: string) => boolean;
  port?: number;
  /** How long the relay takes to accept each message (a slow relay widens every race). */
  delayMs?: number;
}

/**
 * A local mail relay for tests, on the `smtp-server` package: STARTTLS or TLS from the start with a
 * certificate made for 127.0.0.1, optional AUTH, and every message recorded with its raw DATA
 * (`raw`, as the relay received it after dot-unstuffing) and its decoded subject and text.
 * `down()` stops it (connections refused, open ones cut); `up()` brings it back on the same port.
 */
export async function smtpRelay({ tls = false, secure = false, auth, refuse = () => false, port = 0, delayMs = 0 }: RelayOptions = {}) {
  const messages: RelayedMessage[] = [];
  const cert = tls || secure ? selfSignedCertificate() : null;
  let server: SMTPServer | null = null;
  let boundPort = port;

  const options = (): SMTPServerOptions => ({
    secure,
    ...(cert ? { key: cert.key, cert: cert.cert } : {}),
    disabledCommands: [...(cert ? [] : ['STARTTLS']), ...(auth ? [] : ['AUTH'])],
    authOptional: !auth,
    closeTimeout: 50,
    logger: false,
    onAuth(a, _session, callback) {
      if (a.username === auth?.user && a.password === auth?.pass) callback(null, { user: a.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) {
        const err = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        // Recorded when accepted (250), as a real relay takes responsibility only then.
        setTimeout(() => {
          messages.push({
            raw,
            to: session.envelope.rcptTo.map((r) => r.address),
            secure: session.secure,
            user: typeof session.user === 'string' ? session.user : null,
            ...parseMessage(raw),
          });
          callback();
        }, delayMs);
      });
    },
  });

  async function up() {
    const s = new SMTPServer(options());
    server = s;
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(boundPort, '127.0.0.1', () => {
        boundPort = (s.server.address() as { port: number }).port;
        s.on('error', () => undefined);
        resolve();
      });
    });
  }

  async function down() {
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  await up();
  const scheme = secure ? 'smtps' : 'smtp';
  const credentials = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : '';
  return {
    url: `${scheme}://${credentials}127.0.0.1:${boundPort}`,
    port: boundPort,
    caFile: cert?.caFile,
    messages,
    up,
    down,
    async close() {
      await down();
      cert?.dispose();
    },
  };
}

/** A throwaway key and self-signed certificate for 127.0.0.1 (openssl), usable as its own CA. */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'casekit-relay-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
  ], { stdio: 'ignore' });
  return {
    key: readFileSync(keyFile),
    cert: readFileSync(certFile),
    caFile: certFile,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Headers (unfolded, encoded words decoded) and the text body (quoted-printable or base64 decoded). */
export function parseMessage(raw: string): Pick<RelayedMessage, 'headers' | 'subject' | 'messageId' | 'text'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  let body = raw.slice(split + 4);
  if (encoding === 'quoted-printable') {
    body = quotedPrintable(body);
  } else if (encoding === 'base64') {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { headers, subject: decodeWords(headers.subject ?? ''), messageId: headers['message-id'] ?? null, text: body };
}

function quotedPrintable(text: string): string {
  const s = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m: string, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}
