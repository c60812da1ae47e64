/** Counters of one cache, as /metrics reports them. */
export interface CacheStats {
  entries: number;
  maxEntries: number;
  hits: number;
  misses: number;
  evictions: number;
}

/**
 * A bounded map (least recently used entry forgotten first) that counts hits, misses
 * and evictions. It speaks Apollo's KeyValueCache shape (promises, `clear()`), so it
 * serves as Apollo Server's document store and @apollo/gateway's query-plan store.
 */
export class MeteredLruCache<V> {
  private readonly entries = new Map<string, V>();
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly maxEntries: number) {
    if (maxEntries < 1) throw new Error('an LRU cache needs room for at least one entry');
  }

  /** Returns the value of `key` (now the most recently used), or undefined. */
  peek(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // A Map iterates in insertion order: re-inserting moves the key to the young end.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores `value` under `key`, forgetting the oldest entry when full. */
  put(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
      this.evictions += 1;
    }
  }

  /** KeyValueCache: resolves with the value of `key`, or undefined. */
  get(key: string): Promise<V | undefined> {
    return Promise.resolve(this.peek(key));
  }

  /** KeyValueCache: stores `value` (a TTL is ignored: entries only leave by eviction or clear). */
  set(key: string, value: V): Promise<void> {
    this.put(key, value);
    return Promise.resolve();
  }

  /** KeyValueCache: forgets `key`. */
  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.entries.delete(key));
  }

  /** Forgets everything (counters stay). */
  clear(): void {
    this.entries.clear();
  }

  /** Returns the number of entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Returns the counters. */
  stats(): CacheStats {
    return { entries: this.entries.size, maxEntries: this.maxEntries, hits: this.hits, misses: this.misses, evictions: this.evictions };
  }
}
