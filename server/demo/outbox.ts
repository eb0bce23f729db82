import type { Context } from 'hono';
import type { Queryable } from '../db/db.js';
import { escapeHtml } from '../render/html.js';

/**
 * The demo's outbox: the e-mails Casekit queued (follow confirmations, new-comment notices, the
 * desk's mails), newest first, as a page of the demo site. The demo has no mail relay, so this is
 * where a visitor sees what a reader would have received — and can open the confirmation link.
 *
 * DEMO ONLY: it shows recipients' e-mail addresses to anyone who opens it. `npm start` turns it on
 * (DEMO_OUTBOX=1); a real deployment never does.
 */
export const DEMO_OUTBOX_PATH = '/udbakke';

const SHOWN = 50;

type OutboxRow = {
  recipient: string;
  subject: string;
  body: string;
  created_at: Date | string;
  sent_at: Date | string | null;
  failed_at: Date | string | null;
};

const STATE = {
  sent: 'Sendt',
  failed: 'Kunne ikke sendes',
  queued: 'Ikke sendt (demoen har ingen mailserver)',
  queuedWithRelay: 'Venter på at blive sendt',
};

/** http(s) addresses in an escaped body become links (the mails' own links: confirm, unsubscribe, the case). */
const linkify = (escaped: string) => escaped.replace(/https?:\/\/[^\s&<>"']+(?:&#38;[^\s&<>"']+)*/g, (url) => `<a href="${url}">${url}</a>`);

const when = (value: Date | string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(new Date(value));

function message(row: OutboxRow, hasRelay: boolean): string {
  const state = row.sent_at ? STATE.sent : row.failed_at ? STATE.failed : hasRelay ? STATE.queuedWithRelay : STATE.queued;
  return `<article class="outbox-mail">
  <h2>${escapeHtml(row.subject)}</h2>
  <dl>
    <div><dt>Til</dt><dd>${escapeHtml(row.recipient)}</dd></div>
    <div><dt>Lagt i kø</dt><dd>${escapeHtml(when(row.created_at))}</dd></div>
    <div><dt>Status</dt><dd>${escapeHtml(state)}</dd></div>
  </dl>
  <pre>${linkify(escapeHtml(row.body.replace(/\r\n/g, '\n')))}</pre>
</article>`;
}

export async function outboxPage(c: Context, db: Queryable, hasRelay: boolean): Promise<Response> {
  const rows = await db.query<OutboxRow>(
    `SELECT recipient, subject, body, created_at, sent_at, failed_at FROM outbox ORDER BY created_at DESC, id DESC LIMIT ${SHOWN}`,
  );
  const list = rows.length
    ? rows.map((row) => message(row, hasRelay)).join('\n')
    : '<p>Der er ingen e-mails endnu. Følg en case (»Følg denne case« under kommentarerne), så kommer bekræftelsen her.</p>';
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  return c.html(`<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Udbakke · Sund By Netværket</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/assets/cms.css">
</head>
<body>
  <header class="site-header">
    <a class="site-title" href="/">Sund By Netværket · Casebanken</a>
  </header>
  <main id="indhold">
    <h1>Udbakke</h1>
    <p class="lead">De e-mails, Casekit ville have sendt fra demoen (de seneste ${SHOWN}, nyeste først). Demoen har ingen mailserver, så de bliver her. Linkene virker: åbn bekræftelseslinket for at bekræfte, at du følger en case.</p>
    <p>Kun i demoen: siden viser modtagernes e-mailadresser og findes ikke på en rigtig server.</p>
    ${list}
  </main>
</body>
</html>`);
}
