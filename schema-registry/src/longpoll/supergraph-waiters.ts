/** How a wait ended: a new supergraph of the variant, the time ran out, or the registry is stopping. */
export type WaitOutcome = 'changed' | 'timeout' | 'closed';

interface Waiter {
  resolve(outcome: WaitOutcome): void;
}

/**
 * Requests held by `GET /supergraph?wait=…`, per variant. A new supergraph releases
 * every waiter of its variant at once; `close()` releases all of them (shutdown must
 * not wait 30 s for held polls).
 */
export class SupergraphWaiters {
  private readonly waiting = new Map<string, Set<Waiter>>();
  private closed = false;

  /** Resolves when a supergraph of `variant` is announced, after `timeoutMs`, on `signal` abort (as timeout) or on close. */
  wait(variant: string, timeoutMs: number, signal?: AbortSignal): Promise<WaitOutcome> {
    if (this.closed) return Promise.resolve('closed');
    return new Promise((resolve) => {
      const set = this.waiting.get(variant) ?? new Set<Waiter>();
      this.waiting.set(variant, set);
      const finish = (outcome: WaitOutcome) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        set.delete(waiter);
        resolve(outcome);
      };
      const waiter: Waiter = { resolve: finish };
      const onAbort = () => finish('timeout');
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      set.add(waiter);
    });
  }

  /** Releases every waiter of `variant`: a new supergraph of it exists. */
  notify(variant: string): void {
    for (const waiter of [...(this.waiting.get(variant) ?? [])]) waiter.resolve('changed');
  }

  /** Returns how many requests are held for `variant`. */
  count(variant: string): number {
    return this.waiting.get(variant)?.size ?? 0;
  }

  /** Releases every waiter and makes later waits return at once. */
  close(): void {
    this.closed = true;
    for (const set of this.waiting.values()) for (const waiter of [...set]) waiter.resolve('closed');
  }
}
