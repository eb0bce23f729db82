import type { Contact } from './contact.js';

/**
 * vCard 3.0 escapes backslash, comma, semicolon and newlines in values. Every line break a reader
 * of the file could take for one (CRLF, a lone CR or LF, NEL, U+2028/9) becomes an escaped "\\n",
 * and other control characters go, so no field can add a line (a phone number, a URL) of its own.
 */
const escapeValue = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/[,;]/g, (c) => `\\${c}`)
    .replace(/\r\n|[\r\n\u0085\u2028\u2029\v\f]/g, '\\n')
    .replace(/\p{Cc}/gu, '');

/** A vCard for one contact, so a reader can save the person to their phone or address book. */
export function toVCard(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  const name = contact.name?.trim() ?? '';
  lines.push(`FN:${escapeValue(name)}`);
  const parts = name.split(/\s+/);
  const family = parts.length > 1 ? parts.pop() ?? '' : '';
  lines.push(`N:${escapeValue(family)};${escapeValue(parts.join(' '))};;;`);
  if (contact.jobTitle) lines.push(`TITLE:${escapeValue(contact.jobTitle)}`);
  const org = [contact.organisation, contact.department].filter(Boolean).map((v) => escapeValue(v!));
  if (org.length) lines.push(`ORG:${org.join(';')}`);
  if (contact.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeValue(contact.phone)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeValue(contact.email)}`);
  lines.push('END:VCARD');
  return lines.join('\r\n') + '\r\n';
}

/** Offers the vCard as a download through a short-lived blob URL (never a `data:` link). */
export function downloadVCard(contact: Contact, root: Node): void {
  const url = URL.createObjectURL(new Blob([toVCard(contact)], { type: 'text/vcard' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${(contact.name ?? 'kontakt').trim().replace(/[^\p{L}\p{N}]+/gu, '-')}.vcf`;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
