import { parseSupergraphVersion, type SupergraphVersion } from './supergraph-version';

/** Why the registry could not give a supergraph. */
export interface RegistryError {
  code: 'NO_SUPERGRAPH' | 'UNREACHABLE' | 'TIMEOUT' | 'HTTP_ERROR' | 'BAD_RESPONSE';
  message: string;
}

/** Outcome of one `GET /supergraph`: a new version, "unchanged" (304), or an expected failure. */
export type FetchSupergraphResult =
  | { ok: true; changed: true; supergraph: SupergraphVersion }
  | { ok: true; changed: false }
  | { ok: false; error: RegistryError };

/** Options of createRegistryClient. */
export interface RegistryClientOptions {
  /** Base URL of the registry, without a trailing slash. */
  url: string;
  /** Longest wait for one response. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** Reads the current supergraph from the schema registry. */
export interface RegistryClient {
  /**
   * Returns the registry's current supergraph, or `changed: false` when its id is
   * `currentId` (sent as If-None-Match). `signal` cancels the call (gateway stopping).
   */
  fetchSupergraph(currentId: string | null, signal?: AbortSignal): Promise<FetchSupergraphResult>;
}

/** Returns a client of the registry's `GET /supergraph` (ETag / 304 protocol). */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const fetchImpl = options.fetch ?? fetch;
  const endpoint = `${options.url}/supergraph`;
  return {
    async fetchSupergraph(currentId, signal) {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (currentId !== null) headers['if-none-match'] = `"${currentId}"`;
      let response: Response;
      let body: string;
      try {
        response = await fetchImpl(endpoint, {
          headers,
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        body = await response.text();
      } catch (error) {
        if (timeout.aborted) {
          return failure('TIMEOUT', `registry did not answer within ${options.timeoutMs} ms`);
        }
        return failure('UNREACHABLE', `registry unreachable at ${endpoint}: ${describeFetchError(error)}`);
      }
      if (response.status === 304) {
        if (currentId === null) return failure('BAD_RESPONSE', 'registry answered 304 to an unconditional request');
        return { ok: true, changed: false };
      }
      const json = parseJson(body);
      if (response.status === 404 && errorCodeOf(json) === 'NO_SUPERGRAPH') {
        return failure('NO_SUPERGRAPH', 'the registry has not composed a supergraph yet');
      }
      if (response.status !== 200) return failure('HTTP_ERROR', `registry answered HTTP ${response.status}`);
      const supergraph = parseSupergraphVersion(json);
      if (!supergraph) return failure('BAD_RESPONSE', 'registry answered 200 without a valid {id, sdl, createdAt}');
      return { ok: true, changed: true, supergraph };
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
