import { setTimeout as sleep } from 'node:timers/promises';
import type { SupergraphManager, SupergraphSdlHook, SupergraphSdlUpdateFunction } from '@apollo/gateway';
import type { Logger } from '@egob/logger';
import type { RegistryClient, RegistryError } from './registry-client';
import type { SignedSupergraph } from './signed-supergraph';
import type { CachedSupergraph, SupergraphCache } from './supergraph-cache';
import type { SupergraphRefusalCode, SupergraphVerifier } from './supergraph-verifier';
import { assertValidSupergraph } from './validate-supergraph';

/** A backoff: first wait, doubled after each failure up to `maxMs`. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
}

/** Options of RegistrySupergraphManager. */
export interface RegistrySupergraphManagerOptions {
  registry: RegistryClient;
  cache: SupergraphCache;
  /** Checks signature, hash, variant and id of every supergraph before it is served. */
  verifier: SupergraphVerifier;
  logger: Logger;
  /** Long-poll: seconds the registry may hold each poll (0: plain polling every `pollIntervalMs`). */
  longPollSeconds: number;
  /** Time between two plain polls; also the pause after a supergraph that was not taken. */
  pollIntervalMs: number;
  /** Backoff while neither the registry nor the cache has a supergraph (1 s doubling to 30 s by default). */
  startRetry?: Backoff;
  /** Backoff after a failed poll (1 s doubling to 30 s by default). */
  pollRetry?: Backoff;
  /** Throws when a supergraph cannot be served; Apollo's own check by default. */
  validate?: (sdl: string) => void;
}

/** Where the supergraph being served came from. */
export type SupergraphSource = 'registry' | 'cache';

type InitializeResult = Awaited<ReturnType<SupergraphSdlHook>>;

/** What one poll did: it decides how long to wait before the next. */
type PollOutcome = 'taken' | 'unchanged' | 'ignored' | 'error';

interface Refusal {
  code: SupergraphRefusalCode | 'NOT_NEWER' | 'INVALID_SUPERGRAPH' | 'UPDATE_FAILED';
  reason: string;
}

const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000 };
/** Refused ids remembered so that each is logged once; forgotten in bulk past this many. */
const MAX_REMEMBERED_REFUSALS = 100;

/**
 * Feeds @apollo/gateway from the schema registry: loads the registry's signed
 * supergraph (or the cached one when the registry has none to give), then long-polls
 * with the ETag it received and hot-swaps on a new one. Only supergraphs whose
 * signature, hash, variant and id verify are served; a refused supergraph or a
 * registry outage never replaces the one being served. Every supergraph taken is
 * written, signed, to the cache file.
 */
export class RegistrySupergraphManager implements SupergraphManager {
  private readonly registry: RegistryClient;
  private readonly cache: SupergraphCache;
  private readonly verifier: SupergraphVerifier;
  private readonly logger: Logger;
  private readonly longPollSeconds: number;
  private readonly pollIntervalMs: number;
  private readonly startRetry: Backoff;
  private readonly pollRetry: Backoff;
  private readonly validate: (sdl: string) => void;
  private readonly stopping = new AbortController();
  private current: CachedSupergraph | null = null;
  private currentSource: SupergraphSource | null = null;
  /** ETag sent on the next poll: the last one the registry gave, even for a supergraph refused (so it is not sent again at once). */
  private pollEtag: string | null = null;
  private readonly refusedIds = new Set<string>();
  /** Code of the registry's current failure, null when it answers: warnings go out on change only. */
  private registryProblem: RegistryError['code'] | null = null;

  constructor(options: RegistrySupergraphManagerOptions) {
    this.registry = options.registry;
    this.cache = options.cache;
    this.verifier = options.verifier;
    this.logger = options.logger;
    this.longPollSeconds = options.longPollSeconds;
    this.pollIntervalMs = options.pollIntervalMs;
    this.startRetry = options.startRetry ?? DEFAULT_BACKOFF;
    this.pollRetry = options.pollRetry ?? DEFAULT_BACKOFF;
    this.validate = options.validate ?? assertValidSupergraph;
  }

  /** Returns the id of the supergraph being served, or null before the first one is loaded. */
  supergraphId(): string | null {
    return this.current?.supergraph.id ?? null;
  }

  /** Returns where the supergraph being served came from, or null before the first one is loaded. */
  source(): SupergraphSource | null {
    return this.currentSource;
  }

  /** Called once by ApolloGateway.load(): resolves with the first supergraph, then keeps polling. */
  async initialize({ update }: { update: SupergraphSdlUpdateFunction }): Promise<InitializeResult> {
    const first = await this.loadFirst();
    void this.pollLoop(update);
    return { supergraphSdl: first.sdl, cleanup: async () => this.stop() };
  }

  /** Stops polling at once (an in-flight long-poll is aborted) and abandons a start still waiting for a supergraph. Idempotent. */
  stop(): void {
    this.stopping.abort();
  }

  private async loadFirst(): Promise<SignedSupergraph> {
    let delay = this.startRetry.initialMs;
    for (let attempt = 1; ; attempt += 1) {
      this.assertNotStopped();
      const fetched = await this.registry.fetchSupergraph({ etag: null, signal: this.stopping.signal });
      this.assertNotStopped();
      let registryReason: string;
      if (fetched.ok && fetched.changed) {
        const refusal = this.refusalOf(fetched.supergraph, null);
        if (refusal === null) {
          const taken = { supergraph: fetched.supergraph, etag: fetched.etag };
          this.take(taken, 'registry');
          this.registryProblem = null;
          this.logger.info({ supergraphId: fetched.supergraph.id }, 'supergraph loaded from the registry');
          await this.saveToCache(taken);
          return fetched.supergraph;
        }
        this.pollEtag = fetched.etag;
        this.refusedIds.add(fetched.supergraph.id);
        registryReason = `registry supergraph ${fetched.supergraph.id} refused (${refusal.code}): ${refusal.reason}`;
      } else {
        registryReason = fetched.ok ? 'registry answered 304 to an unconditional request' : fetched.error.message;
        if (!fetched.ok) this.registryProblem = fetched.error.code;
      }
      const cached = await this.cache.read();
      let cacheReason: string;
      if (cached.ok) {
        const refusal = this.refusalOf(cached.supergraph, null);
        if (refusal === null) {
          // Poll with the registry's refused ETag if there was one: it is newer news than the cache's.
          const pollEtag = this.pollEtag;
          this.take({ supergraph: cached.supergraph, etag: cached.etag }, 'cache');
          this.pollEtag = pollEtag ?? cached.etag;
          this.logger.warn(
            { supergraphId: cached.supergraph.id, file: this.cache.file, registry: registryReason },
            'registry has no usable supergraph: starting from the cached one',
          );
          return cached.supergraph;
        }
        cacheReason = `cached supergraph ${cached.supergraph.id} refused (${refusal.code}): ${refusal.reason}`;
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

  private async pollLoop(update: SupergraphSdlUpdateFunction): Promise<void> {
    let backoff = this.pollRetry.initialMs;
    while (!this.stopping.signal.aborted) {
      const started = Date.now();
      // After a failure, ask once without waiting: a registry back up says so at once.
      const waitSeconds = this.registryProblem === null ? this.longPollSeconds : 0;
      let outcome: PollOutcome;
      try {
        outcome = await this.poll(update, waitSeconds);
      } catch (error) {
        // A bug here must not stop the polling loop nor crash the gateway.
        this.logger.error({ err: error }, 'supergraph poll failed');
        outcome = 'error';
      }
      if (this.stopping.signal.aborted) return;
      let delay = this.delayAfter(outcome, waitSeconds, Date.now() - started);
      if (outcome === 'error') {
        delay = Math.max(delay, backoff);
        backoff = Math.min(backoff * 2, this.pollRetry.maxMs);
      } else {
        backoff = this.pollRetry.initialMs;
      }
      if (delay === 0) continue;
      try {
        // Unreferenced: polling alone must not keep a process alive (tests, a failed start).
        await sleep(delay, undefined, { signal: this.stopping.signal, ref: false });
      } catch {
        return;
      }
    }
  }

  /** Long-poll asks again at once after news; plain polling waits `pollIntervalMs` whatever happened. */
  private delayAfter(outcome: PollOutcome, waitSeconds: number, elapsedMs: number): number {
    if (this.longPollSeconds === 0) return this.pollIntervalMs;
    switch (outcome) {
      case 'taken':
      case 'error':
        return 0;
      case 'unchanged':
        // A 304 long before `wait` means the registry does not hold requests: do not spin on it.
        return elapsedMs < waitSeconds * 500 ? this.pollIntervalMs : 0;
      case 'ignored':
        return this.pollIntervalMs;
    }
  }

  private async poll(update: SupergraphSdlUpdateFunction, waitSeconds: number): Promise<PollOutcome> {
    const current = this.current!;
    const fetched = await this.registry.fetchSupergraph({ etag: this.pollEtag, waitSeconds, signal: this.stopping.signal });
    if (this.stopping.signal.aborted) return 'ignored';
    if (!fetched.ok) {
      this.noteRegistryProblem(fetched.error);
      return 'error';
    }
    this.noteRegistryAnswering();
    if (!fetched.changed) return 'unchanged';
    this.pollEtag = fetched.etag;
    const next = fetched.supergraph;
    if (isSameSupergraph(next, current.supergraph)) {
      // The one served, under another ETag: keep that ETag so the next poll can wait.
      if (fetched.etag !== current.etag) {
        this.current = { supergraph: current.supergraph, etag: fetched.etag };
        await this.saveToCache(this.current);
      }
      return 'ignored';
    }
    const refusal = this.refusalOf(next, current.supergraph.id, update);
    if (refusal !== null) {
      this.noteRefusal(next.id, current.supergraph.id, refusal);
      return 'ignored';
    }
    const taken = { supergraph: next, etag: fetched.etag };
    this.take(taken, 'registry');
    this.logger.info({ from: current.supergraph.id, to: next.id }, 'supergraph updated');
    await this.saveToCache(taken);
    return 'taken';
  }

  /** Returns null when `supergraph` can be served (and was handed to `update`, if given), else why not. */
  private refusalOf(supergraph: SignedSupergraph, servingId: string | null, update?: SupergraphSdlUpdateFunction): Refusal | null {
    const verification = this.verifier.verify(supergraph, servingId);
    if (!verification.ok) return { code: verification.code, reason: verification.reason };
    if (supergraph.id === servingId) {
      return { code: 'NOT_NEWER', reason: `id ${supergraph.id} is already served, with other content` };
    }
    try {
      this.validate(supergraph.sdl);
    } catch (error) {
      return { code: 'INVALID_SUPERGRAPH', reason: messageOf(error) };
    }
    try {
      update?.(supergraph.sdl);
    } catch (error) {
      return { code: 'UPDATE_FAILED', reason: messageOf(error) };
    }
    return null;
  }

  private noteRefusal(rejectedId: string, servingId: string, refusal: Refusal): void {
    if (this.refusedIds.has(rejectedId)) return;
    if (this.refusedIds.size >= MAX_REMEMBERED_REFUSALS) this.refusedIds.clear();
    this.refusedIds.add(rejectedId);
    this.logger.error(
      { rejectedId, servingId, code: refusal.code, reason: refusal.reason },
      'registry supergraph refused: keeping the current one',
    );
  }

  private take(cached: CachedSupergraph, source: SupergraphSource): void {
    this.current = cached;
    this.currentSource = source;
    this.pollEtag = cached.etag;
  }

  private async saveToCache(cached: CachedSupergraph): Promise<void> {
    try {
      await this.cache.write(cached);
    } catch (error) {
      // Serving matters more than the cache: a read-only disk only costs the fallback.
      this.logger.warn({ err: error, file: this.cache.file }, 'could not write the supergraph cache file');
    }
  }

  private noteRegistryProblem(error: RegistryError): void {
    if (this.registryProblem === error.code) return;
    this.registryProblem = error.code;
    this.logger.warn(
      { code: error.code, reason: error.message, servingId: this.supergraphId() },
      'registry unavailable: keeping the current supergraph',
    );
  }

  private noteRegistryAnswering(): void {
    if (this.registryProblem === null) return;
    this.registryProblem = null;
    this.logger.info({ servingId: this.supergraphId() }, 'registry answering again');
  }

  private assertNotStopped(): void {
    if (this.stopping.signal.aborted) throw new Error('gateway stopped before a supergraph was loaded');
  }
}

function isSameSupergraph(a: SignedSupergraph, b: SignedSupergraph): boolean {
  return a.id === b.id && a.variant === b.variant && a.sha256 === b.sha256 && a.createdAt === b.createdAt;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
