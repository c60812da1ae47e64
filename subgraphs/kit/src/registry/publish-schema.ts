import type { Logger } from '@egob/logger';

/** What a subgraph sends to the registry at start. */
export interface SchemaPublication {
  name: string;
  owner: string;
  sdl: string;
  url: string;
  version: string;
}

/** Options of publishSchema. */
export interface PublishOptions {
  registryUrl: string;
  token?: string | undefined;
  logger: Logger;
  /** Stops retrying when aborted (shutdown). */
  signal?: AbortSignal;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** Outcome of publishing: accepted (new or unchanged), or refused by the registry (not retried). */
export type PublishOutcome =
  | { ok: true; unchanged: boolean; supergraphId: string | null }
  | { ok: false; status: number; error: { code: string; message: string; errors?: unknown[] } };

/**
 * Publishes the SDL to the registry, retrying with exponential backoff while the
 * registry is unreachable or answers 5xx; a 4xx refusal is returned, not retried.
 */
export async function publishSchema(publication: SchemaPublication, options: PublishOptions): Promise<PublishOutcome> {
  let delay = options.initialDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 15_000;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      const response = await fetch(`${options.registryUrl}/subgraphs/${publication.name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ sdl: publication.sdl, url: publication.url, version: publication.version, owner: publication.owner }),
        signal: AbortSignal.any([AbortSignal.timeout(10_000), ...(options.signal ? [options.signal] : [])]),
      });
      const body = (await response.json().catch(() => ({}))) as {
        unchanged?: boolean;
        supergraph?: { id?: string };
        error?: { code: string; message: string; errors?: unknown[] };
      };
      if (response.ok) {
        return { ok: true, unchanged: body.unchanged === true, supergraphId: body.supergraph?.id ?? null };
      }
      if (response.status < 500) {
        return {
          ok: false,
          status: response.status,
          error: body.error ?? { code: `HTTP_${response.status}`, message: response.statusText },
        };
      }
      options.logger.warn({ attempt, status: response.status }, 'registry answered with a server error; retrying');
    } catch (error) {
      if (options.signal?.aborted) throw error;
      options.logger.warn({ attempt, registry: options.registryUrl, err: (error as Error).message }, 'registry unreachable; retrying');
    }
    await sleep(delay, options.signal);
    delay = Math.min(delay * 2, maxDelay);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
