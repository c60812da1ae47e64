import { parseSignedSupergraph, type SignedSupergraph } from './signed-supergraph';

/** Why the registry could not give a supergraph. */
export interface RegistryError {
  code: 'NO_SUPERGRAPH' | 'UNREACHABLE' | 'TIMEOUT' | 'HTTP_ERROR' | 'BAD_RESPONSE';
  message: string;
}

/** Outcome of one `GET /supergraph`: a new supergraph with its ETag, "unchanged" (304), or an expected failure. */
export type FetchSupergraphResult =
  | { ok: true; changed: true; supergraph: SignedSupergraph; etag: string | null }
  | { ok: true; changed: false }
  | { ok: false; error: RegistryError };

/** Options of createRegistryClient. */
export interface RegistryClientOptions {
  /** Base URL of the registry, without a trailing slash. */
  url: string;
  /** The supergraph variant asked for (`?variant=`). */
  variant: string;
  /** Longest wait for a response to a call that does not ask the registry to wait. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** Options of one fetchSupergraph call. */
export interface FetchSupergraphOptions {
  /** The ETag the registry gave with the supergraph held, sent back as If-None-Match; null asks unconditionally. */
  etag: string | null;
  /** Long-poll: the registry may hold the call this many seconds for a new supergraph (0 or absent: answer at once). */
  waitSeconds?: number;
  /** Cancels the call (gateway stopping). */
  signal?: AbortSignal;
}

/** Reads the current supergraph of one variant from the schema registry. */
export interface RegistryClient {
  /** Returns the registry's current supergraph, or `changed: false` when it still matches `etag`. */
  fetchSupergraph(options: FetchSupergraphOptions): Promise<FetchSupergraphResult>;
}

/** Time allowed beyond `wait` for the registry's answer to a long-poll to arrive. */
export const LONG_POLL_GRACE_MS = 10_000;

/** Returns a client of the registry's `GET /supergraph?variant=` (ETag / 304, optional long-poll). */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const fetchImpl = options.fetch ?? fetch;
  const base = `${options.url}/supergraph?variant=${encodeURIComponent(options.variant)}`;
  return {
    async fetchSupergraph({ etag, waitSeconds = 0, signal }) {
      const waiting = etag !== null && waitSeconds > 0;
      const endpoint = waiting ? `${base}&wait=${waitSeconds}` : base;
      const timeoutMs = waiting ? waitSeconds * 1_000 + LONG_POLL_GRACE_MS : options.timeoutMs;
      const timeout = AbortSignal.timeout(timeoutMs);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (etag !== null) headers['if-none-match'] = etag;
      let response: Response;
      let body: string;
      try {
        response = await fetchImpl(endpoint, {
          headers,
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        body = await response.text();
      } catch (error) {
        if (timeout.aborted) return failure('TIMEOUT', `registry did not answer within ${timeoutMs} ms`);
        return failure('UNREACHABLE', `registry unreachable at ${options.url}: ${describeFetchError(error)}`);
      }
      if (response.status === 304) {
        if (etag === null) return failure('BAD_RESPONSE', 'registry answered 304 to an unconditional request');
        return { ok: true, changed: false };
      }
      const json = parseJson(body);
      if (response.status === 404 && errorCodeOf(json) === 'NO_SUPERGRAPH') {
        return failure('NO_SUPERGRAPH', `the registry has not composed a "${options.variant}" supergraph yet`);
      }
      if (response.status !== 200) {
        const code = errorCodeOf(json);
        return failure('HTTP_ERROR', `registry answered HTTP ${response.status}${typeof code === 'string' ? ` ${code}` : ''}`);
      }
      const supergraph = parseSignedSupergraph(json);
      if (!supergraph) {
        return failure('BAD_RESPONSE', 'registry answered 200 without a valid {id, variant, sdl, createdAt, sha256, signature}');
      }
      return { ok: true, changed: true, supergraph, etag: response.headers.get('etag') };
    },
  };
}

function failure(code: RegistryError['code'], message: string): FetchSupergraphResult {
  return { ok: false, error: { code, message } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorCodeOf(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return undefined;
  const error = (json as { error?: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** Node's fetch hides the socket error (ECONNREFUSED…) in `cause`: that is the useful part. */
function describeFetchError(error: unknown): string {
  // Duck-typed: errors from fetch may come from another realm (jest), where instanceof fails.
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return typeof message === 'string' ? message : String(error);
}
