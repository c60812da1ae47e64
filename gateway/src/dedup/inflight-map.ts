/** Counters of one in-flight map, as /metrics reports them. */
export interface InflightStats {
  /** Calls that ran their work. */
  leaders: number;
  /** Calls that joined the work of an identical call already running. */
  joined: number;
  /** Works running now. */
  inflight: number;
}

/**
 * Runs identical work once while it is in flight: a call whose key is already running
 * gets the same promise instead of running again. Nothing is kept once the work
 * settles (this is no cache): the next call runs it afresh.
 */
export class InflightMap<T> {
  private readonly running = new Map<string, Promise<T>>();
  private leaders = 0;
  private joined = 0;

  /** Returns the result of `work`, shared with every call made with `key` while it runs. */
  run(key: string, work: () => Promise<T>): Promise<T> {
    const existing = this.running.get(key);
    if (existing !== undefined) {
      this.joined += 1;
      return existing;
    }
    this.leaders += 1;
    const promise = work().finally(() => this.running.delete(key));
    this.running.set(key, promise);
    return promise;
  }

  /** Returns the counters. */
  stats(): InflightStats {
    return { leaders: this.leaders, joined: this.joined, inflight: this.running.size };
  }
}
