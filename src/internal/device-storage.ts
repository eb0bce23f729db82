/**
 * Everything Casekit keeps on a reader's device goes through here, in
 * `localStorage` under the `casekit:` prefix (never cookies). Danish cookie
 * rules cover every kind of device storage, so nothing is written before the
 * reader acts (votes, types, posts), and the README lists each key.
 *
 * Storage can be missing or throw (Safari private mode, a full quota, a
 * sandboxed iframe): every call here swallows that and the widget carries on
 * without remembering.
 */
const PREFIX = 'casekit:';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored JSON value of `key`, or undefined when absent, unreadable or unavailable. */
export function readStored<T>(key: string): T | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    return raw == null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON; returns false when the device would not keep it. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clean up on a device that stores nothing.
  }
}

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
/** How many cases' vote tokens a device keeps (the oldest goes first). */
const MAX_VOTE_TOKENS = 200;

/**
 * The reader's vote token for one case: read-only until the reader votes on
 * it, then created with `crypto.randomUUID()` and kept so the same device can
 * change that vote. One token per case, sent only with that case's ratings, so
 * nothing the server receives links a reader's votes or reading across cases.
 */
export function voteToken(caseId: string, create: boolean): string | undefined {
  const stored = readStored<unknown>('vote-tokens');
  const tokens = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const existing = tokens[caseId];
  if (typeof existing === 'string' && TOKEN.test(existing)) return existing;
  if (!create) return undefined;
  const token = crypto.randomUUID();
  const kept = Object.entries(tokens).filter(([id]) => id !== caseId).slice(-(MAX_VOTE_TOKENS - 1));
  writeStored('vote-tokens', Object.fromEntries([...kept, [caseId, token]]));
  return token;
}

/** What the device keeps for a comment it posted, until the comment is no longer held for moderation. */
interface HeldComment {
  caseId: string;
  commentId: string;
  token: string;
}

function heldComments(): HeldComment[] {
  const stored = readStored<unknown>('author-tokens');
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (h): h is HeldComment =>
      typeof h === 'object' && h !== null && typeof h.caseId === 'string' && typeof h.commentId === 'string' && typeof h.token === 'string',
  );
}

/**
 * Author tokens of this device's comments on one case that may still be held
 * (newest last): sent only with that case's comments, so the author sees their
 * comment while it awaits moderation.
 */
export function authorTokens(caseId: string): string[] {
  return heldComments()
    .filter((h) => h.caseId === caseId)
    .map((h) => h.token);
}

/** Remembers the token of a comment just posted (at most 50 held comments, newest last). */
export function addAuthorToken(caseId: string, commentId: string, token: string): void {
  writeStored('author-tokens', [...heldComments().filter((h) => h.token !== token), { caseId, commentId, token }].slice(-50));
}

/** Forgets the tokens of comments that are no longer held: once decided, the token is not needed any more. */
export function forgetAuthorTokens(commentIds: readonly string[]): void {
  if (!commentIds.length) return;
  const held = heldComments();
  const kept = held.filter((h) => !commentIds.includes(h.commentId));
  if (kept.length === held.length) return;
  if (kept.length) writeStored('author-tokens', kept);
  else removeStored('author-tokens');
}
