import { createServer } from 'node:net';

/**
 * A tiny SMTP server for the browser tests: the API's outbox sender relays each
 * outbox row to it, and tests read what arrived (`api-mail`). Accepts any
 * sender and recipient; keeps recipient, subject (decoded) and body.
 */
export async function smtpSink() {
  const messages = [];
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let recipient = '';
    let data = [];
    socket.write('220 casekit-test-sink\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(parseMessage(recipient, data));
            data = [];
            socket.write('250 queued\r\n');
          } else data.push(line.startsWith('..') ? line.slice(1) : line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'RCPT') recipient = /<([^>]*)>/.exec(line)?.[1] ?? '';
        if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.address().port}?from=casekit@test.invalid`,
    messages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function parseMessage(recipient, lines) {
  const blank = lines.indexOf('');
  const headers = lines.slice(0, blank);
  const subjectHeader = headers.find((h) => h.startsWith('Subject: '))?.slice(9) ?? '';
  const encoded = /^=\?UTF-8\?B\?(.*)\?=$/.exec(subjectHeader);
  const subject = encoded ? Buffer.from(encoded[1], 'base64').toString('utf8') : subjectHeader;
  return { recipient, subject, body: lines.slice(blank + 1).join('\n') };
}
