import type { Context } from 'hono';
import { langOf } from '../http/problem.js';
import { escapeHtml } from '../render/html.js';

/**
 * The small pages the links in follow e-mails open. Opening a link changes nothing: the page's
 * button sends the POST. Mail systems' link scanners fetch every link in a message, so a GET
 * that confirmed or unsubscribed would act for them; a button is pressed only by a person.
 */
export type FollowAction = 'confirm' | 'unsubscribe';

const TEXT = {
  da: {
    confirm: { title: 'Bekræft, at du vil følge casen', lead: 'Tryk på knappen for at få en e-mail, når der kommer nye kommentarer til casen.', button: 'Bekræft' },
    unsubscribe: { title: 'Afmeld e-mails om casen', lead: 'Tryk på knappen, så får du ikke flere e-mails om denne case.', button: 'Afmeld' },
    confirmed: 'Tak. Du følger nu casen og får en e-mail, når der kommer nye kommentarer.',
    unsubscribed: 'Du følger ikke længere casen.',
    invalid: 'Linket er ugyldigt, udløbet eller allerede brugt. Tilmeld dig igen på casens side for at få et nyt link.',
  },
  en: {
    confirm: { title: 'Confirm that you want to follow the case', lead: 'Press the button to get an e-mail when there are new comments on the case.', button: 'Confirm' },
    unsubscribe: { title: 'Stop e-mails about the case', lead: 'Press the button and you will get no more e-mails about this case.', button: 'Unsubscribe' },
    confirmed: 'Thank you. You now follow this case and will get an e-mail about new comments.',
    unsubscribed: 'You no longer follow this case.',
    invalid: 'The link is invalid, expired or already used. Follow the case again on its page to get a new link.',
  },
} as const;

/** A page with no script, no outside resource, and a form that may post only back here. */
function page(c: Context, status: 200 | 404, title: string, body: string): Response {
  const lang = langOf(c);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Security-Policy', "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(
    `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><main><h1>${escapeHtml(title)}</h1>${body}</main></html>`,
    status,
  );
}

/** What the link opens: the action's explanation and its one button (the token travels in the form). */
export function actionPage(c: Context, action: FollowAction, token: string): Response {
  const t = TEXT[langOf(c)][action];
  return page(
    c,
    200,
    t.title,
    `<p>${escapeHtml(t.lead)}</p><form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(t.button)}</button></form>`,
  );
}

export function donePage(c: Context, status: 'confirmed' | 'unsubscribed'): Response {
  const text = TEXT[langOf(c)][status];
  return page(c, 200, 'Casekit', `<p role="status">${escapeHtml(text)}</p>`);
}

export function invalidPage(c: Context): Response {
  return page(c, 404, 'Casekit', `<p role="alert">${escapeHtml(TEXT[langOf(c)].invalid)}</p>`);
}

/** A browser (it asks for HTML) gets pages; a program gets JSON. */
export const wantsHtml = (c: Context) => (c.req.header('accept') ?? '').includes('text/html');
