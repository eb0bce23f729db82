// The moderation API as the page uses it: the moderator's key only in this module's memory,
// answers always in Danish (whatever the browser's language), and failures as plain sentences.

// The API the page's Casekit script tag names (data-api), else this site's own.
const base = document.querySelector('script[data-api]')?.dataset.api || document.querySelector('meta[name="casekit-api"]')?.content || '/api/v1';
let token = '';

export const setToken = (value) => {
  token = value.trim();
};

export class DeskError extends Error {
  constructor(message, status, errors = []) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

export async function call(method, path, body) {
  let response;
  try {
    response = await fetch(base + path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        'Accept-Language': 'da',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new DeskError('Siden kunne ikke få forbindelse til serveren. Tjek din forbindelse, og prøv igen.', 0);
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const text = answer?.detail ? `${answer.title ?? 'Det lykkedes ikke'}: ${answer.detail}` : `Serveren kunne ikke klare opgaven lige nu (fejl ${response.status}). Prøv igen om lidt.`;
    throw new DeskError(text, response.status, answer?.errors ?? []);
  }
  return answer;
}

/** Public reads (no key needed), e.g. the fixed vocabularies in the API description. */
export async function publicGet(path) {
  const response = await fetch(base + path, { headers: { Accept: 'application/json', 'Accept-Language': 'da' } });
  if (!response.ok) throw new DeskError(`Serveren svarede med fejl ${response.status}.`, response.status);
  return response.json();
}

export const q = encodeURIComponent;
