/**
 * Watches the page's `fetch` calls as they are made — the real requests still go out and the
 * real server answers. A test uses it to observe what Resource Timing cannot: a request that was
 * aborted, a request still in flight, or that no request was started at all.
 *
 *   const watch = watchFetch();
 *   … act …
 *   await waitFor(() => watch.calls.find((c) => c.url.includes('/views'))?.signal?.aborted);
 *   await watch.idle();   // every request made so far has been answered or has failed
 *   watch.stop();
 */
export interface FetchCall {
  url: string;
  method: string;
  signal: AbortSignal | undefined;
  /** True once the call's promise has resolved or rejected. */
  settled: boolean;
}

export function watchFetch(): { calls: FetchCall[]; idle: () => Promise<void>; stop: () => void } {
  const calls: FetchCall[] = [];
  const original = window.fetch;
  const pending = new Set<Promise<unknown>>();
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const call: FetchCall = {
      url: request?.url ?? String(input),
      method: init?.method ?? request?.method ?? 'GET',
      signal: init?.signal ?? request?.signal ?? undefined,
      settled: false,
    };
    calls.push(call);
    const answer = original.call(window, input, init);
    const done = answer.then(
      () => undefined,
      () => undefined,
    );
    pending.add(done);
    void done.then(() => {
      call.settled = true;
      pending.delete(done);
    });
    return answer;
  };
  return {
    calls,
    async idle() {
      while (pending.size) await Promise.all(pending);
      // What a settled request sets off (a render, a follow-up request) starts within the next task.
      await new Promise((resolve) => setTimeout(resolve));
      if (pending.size) await this.idle();
    },
    stop() {
      window.fetch = original;
    },
  };
}
