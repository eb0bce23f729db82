import type { Lang } from '../http/problem.js';

/**
 * The words of the e-mails Casekit sends. A reader's comment goes out from the municipality's
 * sender address, so it must never read as the municipality speaking: it is quoted, plainly
 * marked as a reader's text, cut to a few lines, and its addresses are defanged so no mail
 * program turns them into live links ("hxxps://evil[.]example").
 */
const QUOTE_MAX_CHARS = 600;

/** Addresses and host names made unclickable but still readable. */
export function defang(text: string): string {
  return text
    .replace(/\bh(?:t|x)tp(s?):\/\//gi, 'hxxp$1[://]')
    .replace(/([\p{L}\p{N}-])\.(?=[\p{L}\p{N}-]{2,})/gu, '$1[.]')
    .replace(/@/g, '[at]');
}

/** A reader's text as a quoted block: every line behind "> ", addresses defanged, long text cut. */
export function quoteReaderText(text: string, lang: Lang): string {
  const cut = text.length > QUOTE_MAX_CHARS ? `${text.slice(0, QUOTE_MAX_CHARS).trimEnd()} […]` : text;
  const lines = defang(cut).split(/\r\n|[\r\n\u0085\u2028\u2029]/);
  const more = text.length > QUOTE_MAX_CHARS ? [lang === 'en' ? '(shortened; read it all on the case page)' : '(forkortet; læs det hele på casens side)'] : [];
  return [...lines, ...more].map((l) => `> ${l}`).join('\n');
}

export interface Notice {
  subject: string;
  body: string;
}

/** "A reader commented": the reader's name and text quoted as reader content, never as ours. */
export function newCommentNotice(
  n: { title: string; authorName: string; text: string; unsubscribeUrl: string },
  lang: Lang,
): Notice {
  const name = defang(n.authorName);
  if (lang === 'en') {
    return {
      subject: `New reader comment on "${n.title}"`,
      body: [
        `A reader has commented on the case "${n.title}", which you follow.`,
        'The comment below was written by a guest of the site, not by the municipality. Its links are not',
        'clickable on purpose: the municipality never asks for passwords, NemID/MitID or payment by e-mail.',
        '',
        `--- Reader's comment (from "${name}", unchecked) ---`,
        quoteReaderText(n.text, lang),
        '--- End of the reader\'s comment ---',
        '',
        `Stop e-mails about this case: ${n.unsubscribeUrl}`,
      ].join('\n'),
    };
  }
  return {
    subject: `Ny læserkommentar til "${n.title}"`,
    body: [
      `En læser har skrevet en kommentar til casen "${n.title}", som du følger.`,
      'Kommentaren herunder er skrevet af en gæst på siden, ikke af kommunen. Dens links virker ikke med',
      'vilje: kommunen beder aldrig om adgangskoder, NemID/MitID eller betaling over e-mail.',
      '',
      `--- Læserens kommentar (fra "${name}", ikke kontrolleret) ---`,
      quoteReaderText(n.text, lang),
      '--- Slut på læserens kommentar ---',
      '',
      `Afmeld beskeder om denne case: ${n.unsubscribeUrl}`,
    ].join('\n'),
  };
}

/** The double opt-in message: its links open a page whose button confirms (a link scanner only sees the page). */
export function followConfirmationNotice(
  n: { title: string; confirmUrl: string; unsubscribeUrl: string; validHours: number },
  lang: Lang,
): Notice {
  if (lang === 'en') {
    return {
      subject: `Confirm that you want to follow "${n.title}"`,
      body: [
        `You (or someone with your e-mail address) asked to follow the case "${n.title}".`,
        '',
        `Open this link and press "Confirm" (valid for ${n.validHours} hours): ${n.confirmUrl}`,
        '',
        'If you did not ask for this, ignore this e-mail: nothing happens, and we send no more until the link has expired.',
        `Unsubscribe: ${n.unsubscribeUrl}`,
      ].join('\n'),
    };
  }
  return {
    subject: `Bekræft, at du vil følge "${n.title}"`,
    body: [
      `Du (eller nogen med din e-mailadresse) har bedt om at følge casen "${n.title}".`,
      '',
      `Åbn dette link, og tryk på "Bekræft" (linket virker i ${n.validHours} timer): ${n.confirmUrl}`,
      '',
      'Har du ikke bedt om det, så se bort fra denne e-mail: der sker ingenting, og vi sender ikke flere, før linket er udløbet.',
      `Afmeld: ${n.unsubscribeUrl}`,
    ].join('\n'),
  };
}
