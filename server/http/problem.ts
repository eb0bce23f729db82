import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type Lang = 'da' | 'en';

/** Danish unless the request's Accept-Language prefers English. */
export function langOf(c: Context): Lang {
  const header = c.req.header('accept-language') ?? '';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag.startsWith('en') ? 'en' : tag.startsWith('da') || tag.startsWith('nb') || tag.startsWith('no') ? 'da' : null;
    if (lang && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'da';
}

type Text = { da: string; en: string };
const PROBLEMS = {
  'validation': {
    title: { da: 'Ugyldige data', en: 'Invalid data' },
    detail: { da: 'Ret de felter, der er nævnt under "errors", og prøv igen.', en: 'Correct the fields listed under "errors" and try again.' },
  },
  'invalid-json': {
    title: { da: 'Ugyldig JSON', en: 'Invalid JSON' },
    detail: { da: 'Forespørgslens indhold er ikke gyldig JSON. Send et JSON-objekt.', en: 'The request body is not valid JSON. Send a JSON object.' },
  },
  'unsupported-media-type': {
    title: { da: 'Forkert indholdstype', en: 'Unsupported media type' },
    detail: { da: 'Send indholdet som JSON med headeren Content-Type: application/json.', en: 'Send the body as JSON with the header Content-Type: application/json.' },
  },
  'too-large': {
    title: { da: 'For stor forespørgsel', en: 'Request too large' },
    detail: { da: 'Indholdet må højst fylde 64 KB. Gør teksten kortere.', en: 'The body may be at most 64 KB. Shorten the text.' },
  },
  'not-found': {
    title: { da: 'Ikke fundet', en: 'Not found' },
    detail: { da: 'Adressen findes ikke i case-API’et. Se /api/v1/openapi.json for de gyldige adresser.', en: 'This address does not exist in the case API. See /api/v1/openapi.json for the valid addresses.' },
  },
  'case-not-found': {
    title: { da: 'Casen findes ikke', en: 'Case not found' },
    detail: { da: 'Der er ingen offentliggjort case med id "{id}". Tjek stavningen af case-id’et.', en: 'There is no published case with the id "{id}". Check the spelling of the case id.' },
  },
  'comment-not-found': {
    title: { da: 'Kommentaren findes ikke', en: 'Comment not found' },
    detail: { da: 'Der er ingen kommentar med id "{id}".', en: 'There is no comment with the id "{id}".' },
  },
  'parent-not-found': {
    title: { da: 'Kommentaren, du svarer på, findes ikke', en: 'The comment you reply to does not exist' },
    detail: { da: 'parentId "{id}" er ikke en kommentar til denne case. Genindlæs tråden og svar igen.', en: 'parentId "{id}" is not a comment on this case. Reload the thread and reply again.' },
  },
  'origin-not-allowed': {
    title: { da: 'Siden må ikke skrive til API’et', en: 'This site may not write to the API' },
    detail: { da: 'Forespørgslen kom fra {origin}, som ikke står i serverens ALLOWED_ORIGINS. Den, der driver API’et, kan tilføje sitet dér.', en: 'The request came from {origin}, which is not in the server’s ALLOWED_ORIGINS. Whoever runs the API can add the site there.' },
  },
  'idempotency-key-reused': {
    title: { da: 'Idempotency-Key er brugt til noget andet', en: 'Idempotency-Key used for something else' },
    detail: { da: 'Nøglen blev brugt til en anden forespørgsel inden for det sidste døgn. Brug en ny nøgle til en ny handling.', en: 'The key was used for a different request within the last day. Use a new key for a new action.' },
  },
  'idempotency-in-progress': {
    title: { da: 'Forespørgslen behandles allerede', en: 'Request already in progress' },
    detail: { da: 'En forespørgsel med samme Idempotency-Key er ikke færdig endnu. Vent et øjeblik, og prøv igen med samme nøgle.', en: 'A request with the same Idempotency-Key has not finished yet. Wait a moment and try again with the same key.' },
  },
  'duplicate-comment': {
    title: { da: 'Kommentaren er allerede modtaget', en: 'Comment already received' },
    detail: { da: 'Du har sendt præcis den samme kommentar inden for {minutes} minutter. Den er gemt én gang; genindlæs tråden for at se den.', en: 'You sent exactly the same comment within {minutes} minutes. It is stored once; reload the thread to see it.' },
  },
  'method-not-allowed': {
    title: { da: 'Metoden er ikke tilladt', en: 'Method not allowed' },
    detail: { da: 'Adressen tillader ikke {method}. Brug en af: {allow}.', en: 'This address does not allow {method}. Use one of: {allow}.' },
  },
  'rate-limited': {
    title: { da: 'For mange forespørgsler', en: 'Too many requests' },
    detail: { da: 'Du har sendt for mange på kort tid. Vent {seconds} sekunder, og prøv igen.', en: 'You have sent too many in a short time. Wait {seconds} seconds and try again.' },
  },
  'moderation-disabled': {
    title: { da: 'Moderationen har ingen moderatorer', en: 'The desk has no moderators' },
    detail: { da: 'Der er endnu ingen moderator. Den, der driver casebanken, opretter en med kommandoen npm run moderator -- add "Navn" (eller sætter MODERATOR_TOKEN).', en: 'There is no moderator yet. Whoever runs the case bank creates one with the command npm run moderator -- add "Name" (or sets MODERATOR_TOKEN).' },
  },
  'unauthorized': {
    title: { da: 'Forkert eller udløbet moderatornøgle', en: 'Wrong or revoked moderator key' },
    detail: { da: 'Nøglen passer ikke til nogen aktiv moderator. Tjek, at du har indsat hele nøglen; er den trukket tilbage, så få en ny af den, der driver casebanken.', en: 'The key matches no active moderator. Check that you pasted the whole key; if it was revoked, ask whoever runs the case bank for a new one.' },
  },
  'moderator-locked-out': {
    title: { da: 'For mange forkerte nøgler', en: 'Too many wrong keys' },
    detail: { da: 'Der er prøvet for mange forkerte moderatornøgler herfra. Vent {seconds} sekunder, og prøv igen.', en: 'Too many wrong moderator keys were tried from here. Wait {seconds} seconds and try again.' },
  },
  'desk-case-not-found': {
    title: { da: 'Casen findes ikke', en: 'Case not found' },
    detail: { da: 'Der er ingen case med id "{id}".', en: 'There is no case with the id "{id}".' },
  },
  'version-conflict': {
    title: { da: 'Casen er rettet i mellemtiden', en: 'The case was changed meanwhile' },
    detail: { da: 'En anden har rettet casen, siden du hentede den (nu version {version}). Hent den igen, og ret derefter.', en: 'Someone else corrected the case since you loaded it (now version {version}). Load it again, then correct it.' },
  },
  'wrong-state': {
    title: { da: 'Det kan ikke lade sig gøre nu', en: 'Not possible in this state' },
    detail: { da: 'Casen er ikke offentliggjort (den er "{status}"), så den kan ikke tages af igen.', en: 'The case is not published (it is "{status}"), so it cannot be unpublished.' },
  },
  'proposal-not-found': {
    title: { da: 'Forslaget findes ikke', en: 'Proposal not found' },
    detail: { da: 'Casen "{id}" har intet åbent forslag "{value}". Hent casen igen.', en: 'The case "{id}" has no open proposal "{value}". Load the case again.' },
  },
  'vocabulary-unknown': {
    title: { da: 'Ukendt værdi', en: 'Unknown value' },
    detail: { da: '"{value}" bruges ikke af nogen offentliggjort case. Vælg en værdi fra listen.', en: '"{value}" is not used by any published case. Choose a value from the list.' },
  },
  'vocabulary-same': {
    title: { da: 'Samme værdi', en: 'Same value' },
    detail: { da: 'Du kan ikke lægge "{value}" sammen med sig selv. Vælg to forskellige.', en: 'You cannot merge "{value}" into itself. Choose two different values.' },
  },
  'vocabulary-not-used': {
    title: { da: 'Værdien bruges ikke', en: 'Value not in use' },
    detail: { da: 'Ingen case bruger "{value}". Tjek stavningen.', en: 'No case uses "{value}". Check the spelling.' },
  },
  'moderator-not-found': {
    title: { da: 'Moderatoren findes ikke', en: 'Moderator not found' },
    detail: { da: 'Der er ingen aktiv moderator med id "{id}".', en: 'There is no active moderator with the id "{id}".' },
  },
  'invalid-token': {
    title: { da: 'Ugyldigt link', en: 'Invalid link' },
    detail: { da: 'Linket er ugyldigt eller allerede brugt. Tilmeld dig igen for at få et nyt link.', en: 'The link is invalid or already used. Follow the case again to get a new link.' },
  },
  'bad-request': {
    title: { da: 'Ugyldig forespørgsel', en: 'Bad request' },
    detail: { da: 'Forespørgslen er ikke gyldig HTTP (fx en ukendt metode). Brug GET, POST eller PUT som beskrevet i /api/v1/openapi.json.', en: 'The request is not valid HTTP (e.g. an unknown method). Use GET, POST or PUT as described in /api/v1/openapi.json.' },
  },
  'headers-too-large': {
    title: { da: 'For lang adresse eller for store headere', en: 'Address or headers too large' },
    detail: { da: 'Adressen og headerne må tilsammen højst fylde 16 KB. Gør søgningen kortere.', en: 'The address and headers may be at most 16 KB together. Shorten the search.' },
  },
  'request-timeout': {
    title: { da: 'Forespørgslen tog for lang tid', en: 'Request timeout' },
    detail: { da: 'Forespørgslen blev ikke sendt færdig i tide. Prøv igen.', en: 'The request was not sent completely in time. Try again.' },
  },
  'unavailable': {
    title: { da: 'Midlertidigt utilgængelig', en: 'Temporarily unavailable' },
    detail: { da: 'Databasen svarer ikke lige nu. Prøv igen om {seconds} sekunder.', en: 'The database is not answering right now. Try again in {seconds} seconds.' },
  },
  'invalid-characters': {
    title: { da: 'Ugyldige tegn', en: 'Invalid characters' },
    detail: { da: 'Forespørgslen indeholder et NUL-tegn (\\u0000), som ikke kan gemmes. Fjern det, og prøv igen.', en: 'The request contains a NUL character (\\u0000), which cannot be stored. Remove it and try again.' },
  },
  'report-too-large': {
    title: { da: 'For stor rapport', en: 'Report too large' },
    detail: { da: 'En CSP-rapport må højst fylde {kb} KB.', en: 'A CSP report may be at most {kb} KB.' },
  },
  'not-a-report': {
    title: { da: 'Ikke en CSP-rapport', en: 'Not a CSP report' },
    detail: { da: 'Send en CSP-rapport som JSON med felter som "violated-directive" og "blocked-uri".', en: 'Send a CSP report as JSON with fields such as "violated-directive" and "blocked-uri".' },
  },
  'too-deep': {
    title: { da: 'For dybt indlejret JSON', en: 'JSON nested too deeply' },
    detail: { da: 'Indholdet må højst være {depth} niveauer dybt. Send felterne, som de er beskrevet i /api/v1/openapi.json.', en: 'The body may be at most {depth} levels deep. Send the fields as described in /api/v1/openapi.json.' },
  },
  'internal': {
    title: { da: 'Serverfejl', en: 'Server error' },
    detail: { da: 'Der skete en fejl på serveren. Prøv igen om lidt; hjælper det ikke, så kontakt den, der driver tjenesten.', en: 'Something went wrong on the server. Try again shortly; if that does not help, contact whoever runs the service.' },
  },
} satisfies Record<string, { title: Text; detail: Text }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface FieldError {
  path: string;
  message: string;
}

export function problemBody(lang: Lang, status: number, code: ProblemCode, vars: Record<string, string | number> = {}, errors?: FieldError[]) {
  const p = PROBLEMS[code];
  const detail = p.detail[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  return {
    type: `https://casekit.dk/problems/${code}`,
    title: p.title[lang],
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: ProblemCode,
  vars: Record<string, string | number> = {},
  errors?: FieldError[],
  headers: Record<string, string> = {},
): Response {
  const body = { ...problemBody(langOf(c), status, code, vars, errors), instance: c.req.path };
  return c.body(JSON.stringify(body), status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Language': langOf(c),
    ...headers,
  });
}
