/**
 * Text that goes into an e-mail, made safe for SMTP before it is queued: every line break becomes
 * CRLF, so no bare CR or bare LF reaches the DATA section. A bare CR is what SMTP smuggling
 * (2023) rides on: `<CR>.<CR><LF>` is end-of-data to a lax relay and not to a strict one, so text
 * after it could become a second message. Once every break is CRLF, a line holding only "." is an
 * ordinary line that the SMTP client dot-stuffs (RFC 5321 4.5.2).
 */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** A header value (subject) on one line: breaks of any kind become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}
