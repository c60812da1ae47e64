import { setTimeout as sleep } from 'node:timers/promises';
import type { SupergraphManager, SupergraphSdlHook, SupergraphSdlUpdateFunction } from '@apollo/gateway';
import type { Logger } from '@egob/logger';
import type { RegistryClient, RegistryError } from './registry-client';
import type { SupergraphCache } from './supergraph-cache';
import type { SupergraphVersion } from './supergraph-version';
import { assertValidSupergraph } from './validate-supergraph';

/** Options of RegistrySupergraphManager. */
export interface RegistrySupergraphManagerOptions {
  registry: RegistryClient;
  cache: SupergraphCache;
  logger: Logger;
  /** Time between two polls of the registry once a supergraph is loaded. */
  pollIntervalMs: number;
  /** Backoff while neither the registry nor the cache has a supergraph: first wait, doubled up to `maxMs`. */
  startRetry?: { initialMs: number; maxMs: number };
  /** Throws when a supergraph cannot be served; Apollo's own check by default. */
  validate?: (sdl: string) => void;
}

/** Where the supergraph being served came from. */
export type SupergraphSource = 'registry' | 'cache';

type InitializeResult = Awaited<ReturnType<SupergraphSdlHook>>;

/**
 * Feeds @apollo/gateway from the schema registry: loads the registry's supergraph (or
 * the cached one when the registry is unreachable), then polls with If-None-Match and
 * hot-swaps on a new id. A bad supergraph or a registry outage never replaces the one
 * being served; every supergraph taken is written to the cache file.
 */
export class RegistrySupergraphManager implements SupergraphManager {
  private readonly registry: RegistryClient;
  private readonly cache: SupergraphCache;
  private readonly logger: Logger;
  private readonly pollIntervalMs: number;
  private readonly startRetry: { initialMs: number; maxMs: number };
  private readonly validate: (sdl: string) => void;
  private readonly stopping = new AbortController();
  private current: SupergraphVersion | null = null;
  private currentSource: SupergraphSource | null = null;
  /** Id of the last supergraph refused, so a registry that keeps serving it is not logged on every poll. */
  private rejectedId: string | null = null;
  /** Code of the registry's current failure, null when it answers: warnings go out on change only. */
  private registryProblem: RegistryError['code'] | null = null;
  private pollTimer: NodeJS.Timeout | undefined;

  constructor(options: RegistrySupergraphManagerOptions) {
    this.registry = options.registry;
    this.cache = options.cache;
    this.logger = options.logger;
    this.pollIntervalMs = options.pollIntervalMs;
    this.startRetry = options.startRetry ?? { initialMs: 1_000, maxMs: 30_000 };
    this.validate = options.validate ?? assertValidSupergraph;
  }

  /** Returns the id of the supergraph being served, or null before the first one is loaded. */
  supergraphId(): string | null {
    return this.current?.id ?? null;
  }

  /** Returns where the supergraph being served came from, or null before the first one is loaded. */
  source(): SupergraphSource | null {
    return this.currentSource;
  }

  /** Called once by ApolloGateway.load(): resolves with the first supergraph, then keeps polling. */
  async initialize({ update }: { update: SupergraphSdlUpdateFunction }): Promise<InitializeResult> {
    const first = await this.loadFirst();
    this.schedulePoll(update);
    return { supergraphSdl: first.sdl, cleanup: async () => this.stop() };
  }

  /** Stops polling and abandons a start still waiting for a supergraph. Idempotent. */
  stop(): void {
    this.stopping.abort();
    clearTimeout(this.pollTimer);
  }

  private async loadFirst(): Promise<SupergraphVersion> {
    let delay = this.startRetry.initialMs;
    for (let attempt = 1; ; attempt += 1) {
      this.assertNotStopped();
      const fetched = await this.registry.fetchSupergraph(null, this.stopping.signal);
      this.assertNotStopped();
      let registryReason: string;
      if (fetched.ok && fetched.changed) {
        const problem = this.problemWith(fetched.supergraph);
        if (problem === null) {
          this.take(fetched.supergraph, 'registry');
          this.registryProblem = null;
          this.logger.info({ supergraphId: fetched.supergraph.id }, 'supergraph loaded from the registry');
          await this.saveToCache(fetched.supergraph);
          return fetched.supergraph;
        }
        this.rejectedId = fetched.supergraph.id;
        registryReason = `registry supergraph ${fetched.supergraph.id} is invalid: ${problem}`;
      } else {
        registryReason = fetched.ok ? 'registry answered 304 to an unconditional request' : fetched.error.message;
        if (!fetched.ok) this.registryProblem = fetched.error.code;
      }
      const cached = await this.cache.read();
      let cacheReason: string;
      if (cached.ok) {
        const problem = this.problemWith(cached.supergraph);
        if (problem === null) {
          this.take(cached.supergraph, 'cache');
          this.logger.warn(
            { supergraphId: cached.supergraph.id, file: this.cache.file, registry: registryReason },
            'registry has no usable supergraph: starting from the cached one',
          );
          return cached.supergraph;
        }
        cacheReason = `cached supergraph ${cached.supergraph.id} is invalid: ${problem}`;
      } else {
        cacheReason = cached.error.message;
      }
      this.logger.warn(
        { attempt, retryInMs: delay, registry: registryReason, cache: cacheReason },
        'no supergraph to serve yet: retrying',
      );
      try {
        await sleep(delay, undefined, { signal: this.stopping.signal });
      } catch {
        this.assertNotStopped();
      }
      delay = Math.min(delay * 2, this.startRetry.maxMs);
    }
  }

  private schedulePoll(update: SupergraphSdlUpdateFunction): void {
    if (this.stopping.signal.aborted) return;
    this.pollTimer = setTimeout(() => {
      void this.poll(update).finally(() => this.schedulePoll(update));
    }, this.pollIntervalMs);
    // Polling alone must not keep a process alive (tests, a failed start).
    this.pollTimer.unref();
  }

  private async poll(update: SupergraphSdlUpdateFunction): Promise<void> {
    try {
      const current = this.current!;
      const fetched = await this.registry.fetchSupergraph(current.id, this.stopping.signal);
      if (this.stopping.signal.aborted) return;
      if (!fetched.ok) {
        this.noteRegistryProblem(fetched.error);
        return;
      }
      this.noteRegistryAnswering();
      if (!fetched.changed) return;
      const next = fetched.supergraph;
      if (next.id === current.id || next.id === this.rejectedId) return;
      const problem = this.problemWith(next, update);
      if (problem !== null) {
        this.rejectedId = next.id;
        this.logger.error(
          { rejectedId: next.id, servingId: current.id, reason: problem },
          'registry supergraph refused: keeping the current one',
        );
        return;
      }
      this.take(next, 'registry');
      this.logger.info({ from: current.id, to: next.id }, 'supergraph updated');
      await this.saveToCache(next);
    } catch (error) {
      // A bug here must not stop the polling loop nor crash the gateway.
      this.logger.error({ err: error }, 'supergraph poll failed');
    }
  }

  /** Returns null when `supergraph` can be served (and was handed to `update`, if given), else why not. */
  private problemWith(supergraph: SupergraphVersion, update?: SupergraphSdlUpdateFunction): string | null {
    try {
      this.validate(supergraph.sdl);
      update?.(supergraph.sdl);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  private take(supergraph: SupergraphVersion, source: SupergraphSource): void {
    this.current = supergraph;
    this.currentSource = source;
  }

  private async saveToCache(supergraph: SupergraphVersion): Promise<void> {
    try {
      await this.cache.write(supergraph);
    } catch (error) {
      // Serving matters more than the cache: a read-only disk only costs the fallback.
      this.logger.warn({ err: error, file: this.cache.file }, 'could not write the supergraph cache file');
    }
  }

  private noteRegistryProblem(error: RegistryError): void {
    if (this.registryProblem === error.code) return;
    this.registryProblem = error.code;
    this.logger.warn(
      { code: error.code, reason: error.message, servingId: this.current?.id },
      'registry unavailable: keeping the current supergraph',
    );
  }

  private noteRegistryAnswering(): void {
    if (this.registryProblem === null) return;
    this.registryProblem = null;
    this.logger.info({ servingId: this.current?.id }, 'registry answering again');
  }

  private assertNotStopped(): void {
    if (this.stopping.signal.aborted) throw new Error('gateway stopped before a supergraph was loaded');
  }
}
