/**
 * Lock-out after too many wrong moderator tokens (issue 13, item 5). The desk needs only
 * this narrow interface; the in-process implementation below stands in until the shared,
 * database-backed limiter lands, and then that limiter is passed in instead.
 */
export interface FailureLimiter {
  /** Seconds the key must wait before it may try again; 0 when it may try now. */
  blockedFor(key: string): Promise<number>;
  /** Count one failure for the key. */
  fail(key: string): Promise<void>;
}

export interface FailureLimits {
  /** Wrong attempts allowed per window before the key is locked out for the rest of it. */
  failures: number;
  windowMs: number;
}

/** Ten wrong tokens per quarter of an hour: a moderator who mistypes is not locked out, a guesser gets 40 tries an hour. */
export const MODERATOR_FAILURE_LIMITS: FailureLimits = { failures: 10, windowMs: 15 * 60_000 };

/** Per process: with several server copies, each counts its own (the shared limiter removes that gap). */
export function memoryFailureLimiter(limits: FailureLimits = MODERATOR_FAILURE_LIMITS, now = () => Date.now()): FailureLimiter {
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (key: string) => {
    const w = windows.get(key);
    if (!w || now() - w.start >= limits.windowMs) return null;
    return w;
  };
  return {
    async blockedFor(key) {
      const w = current(key);
      if (!w || w.failures < limits.failures) return 0;
      return Math.max(1, Math.ceil((w.start + limits.windowMs - now()) / 1000));
    },
    async fail(key) {
      const w = current(key);
      if (w) w.failures += 1;
      else {
        // Forget closed windows now and then, so the map does not grow with every address ever seen.
        if (windows.size > 10_000) for (const [k, v] of windows) if (now() - v.start >= limits.windowMs) windows.delete(k);
        windows.set(key, { start: now(), failures: 1 });
      }
    },
  };
}
