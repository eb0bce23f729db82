/**
 * Wait for something observable instead of sleeping — in browser tests and node tests alike:
 *
 *   const row = await waitFor(() => el.shadowRoot!.querySelector('[part="row"]'), 'the row is shown');
 *   await waitFor(async () => (await fetch(url)).status === 200, 'the API answers');
 *
 * `check` is called at once and then every `interval` ms until it returns something truthy,
 * which waitFor resolves with; a throw from `check` fails at once. The default timeout is long
 * (20 s) on purpose: on a busy 2-core machine a slow check only makes a test slower, never red,
 * while a check that can never pass still fails with `message`. Never replace a wait with a
 * fixed sleep, and never shorten the timeout to "test" speed (speed belongs in bench/).
 * `message` may be a function: it is called on timeout, so it can say what was there instead.
 * Mocha's per-test limit in the browser runner (web-test-runner.config.mjs) is above this timeout.
 */
export const WAIT_TIMEOUT = 20_000;

export async function waitFor<T>(
  check: () => T | Promise<T>,
  message: string | (() => string) = 'the condition',
  { timeout = WAIT_TIMEOUT, interval = 20 }: { timeout?: number; interval?: number } = {},
): Promise<NonNullable<T>> {
  const stack = new Error().stack;
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) {
      const error = new Error(`Timed out after ${timeout} ms waiting for: ${typeof message === 'function' ? message() : message}`);
      error.stack = `${error.message}\n${stack?.split('\n').slice(2).join('\n') ?? ''}`;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Resolves with the first `type` event `target` dispatches — after `act()` ran, so an event it fires synchronously is not missed. */
export function nextEvent<E extends Event = CustomEvent>(
  target: EventTarget,
  type: string,
  act?: () => unknown,
  { timeout = WAIT_TIMEOUT }: { timeout?: number } = {},
): Promise<E> {
  return new Promise<E>((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      reject(new Error(`Timed out after ${timeout} ms waiting for the event "${type}"`));
    }, timeout);
    const listener = (event: Event) => {
      clearTimeout(timer);
      resolve(event as E);
    };
    target.addEventListener(type, listener, { once: true });
    try {
      act?.();
    } catch (error) {
      clearTimeout(timer);
      target.removeEventListener(type, listener);
      reject(error as Error);
    }
  });
}

/**
 * "Vis flere" until everything is shown: clicks `button()` once, waits until `count()` has grown,
 * and again, until `count()` reaches `total`. One click per page asked for — a click while a page
 * is loading asks for it again (the comment thread aborts the first request), so clicking on a
 * timer can keep a busy machine from ever finishing.
 */
export async function clickForMore(
  button: () => { click(): void } | null | undefined,
  count: () => number,
  total: number,
  message: string,
): Promise<void> {
  while (count() < total) {
    const before = count();
    (await waitFor(button, `${message}: the button`)).click();
    await waitFor(() => count() > before, `${message}: more after a click (${before} of ${total} shown)`);
  }
}
