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

/**
 * The reader's vote token: read-only until the reader votes, then created with
 * `crypto.randomUUID()` and kept so the same device can change its vote.
 */
export function voteToken(create: boolean): string | undefined {
  const existing = readStored<string>('vote-token');
  if (typeof existing === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(existing)) return existing;
  if (!create) return undefined;
  const token = crypto.randomUUID();
  writeStored('vote-token', token);
  return token;
}

/** Author tokens of the comments this device posted (newest last, at most 50), so their authors see them while held. */
export function authorTokens(): string[] {
  const tokens = readStored<unknown>('author-tokens');
  return Array.isArray(tokens) ? tokens.filter((t): t is string => typeof t === 'string') : [];
}

export function addAuthorToken(token: string): void {
  writeStored('author-tokens', [...authorTokens().filter((t) => t !== token), token].slice(-50));
}
