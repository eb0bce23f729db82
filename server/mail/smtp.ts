import { connect, type Socket } from 'node:net';

/**
 * A minimal SMTP client (plain connection, optional AUTH PLAIN from the URL's user and
 * password) — enough for a local relay such as Postfix or Mailpit. smtp://user:pass@host:25?from=x@y
 */
export async function sendMail(smtpUrl: string, to: string, subject: string, body: string): Promise<void> {
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from') ?? 'casekit@localhost';
  const socket = connect({ host: url.hostname, port: Number(url.port || 25) });
  socket.setEncoding('utf8');
  socket.setTimeout(15_000, () => socket.destroy(new Error('SMTP timeout')));
  const reply = replies(socket);
  const expect = async (code: string) => {
    const line = await reply();
    if (!line.startsWith(code)) throw new Error(`SMTP: expected ${code}, got "${line.trim()}"`);
  };
  const send = async (line: string, code: string) => {
    socket.write(`${line}\r\n`);
    await expect(code);
  };
  try {
    await expect('220');
    await send('EHLO casekit', '250');
    if (url.username) {
      const token = Buffer.from(`\0${decodeURIComponent(url.username)}\0${decodeURIComponent(url.password)}`).toString('base64');
      await send(`AUTH PLAIN ${token}`, '235');
    }
    await send(`MAIL FROM:<${from}>`, '250');
    await send(`RCPT TO:<${to}>`, '250');
    await send('DATA', '354');
    const encodedSubject = `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
    const message = [
      `From: ${from}`,
      `To: ${to}`,
      `Subject: ${encodedSubject}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      ...body.split('\n').map((l) => (l.startsWith('.') ? `.${l}` : l)),
    ].join('\r\n');
    await send(`${message}\r\n.`, '250');
    socket.write('QUIT\r\n');
  } finally {
    socket.end();
  }
}

/** Each call resolves with the next complete reply (the last line of a multi-line reply). */
function replies(socket: Socket): () => Promise<string> {
  let buffer = '';
  const waiting: ((line: string) => void)[] = [];
  const ready: string[] = [];
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure = err;
    while (waiting.length) waiting.shift()?.(`ERR ${err.message}`);
  };
  socket.on('error', failAll);
  socket.on('close', () => failAll(new Error('connection closed')));
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let i: number;
    while ((i = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      if (line[3] === '-') continue;
      const next = waiting.shift();
      if (next) next(line);
      else ready.push(line);
    }
  });
  return () =>
    new Promise((resolve) => {
      const line = ready.shift();
      if (line !== undefined) resolve(line);
      else if (failure) resolve(`ERR ${(failure as Error).message}`);
      else waiting.push(resolve);
    });
}
