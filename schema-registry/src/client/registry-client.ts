import type {
  PublishAcceptedBody,
  PublishRequestBody,
  RegistryError,
  SubgraphDetailBody,
  SubgraphListBody,
  SupergraphBody,
} from '../registry.types';

/** Options of createRegistryClient. */
export interface RegistryClientOptions {
  /** Base URL of the registry, e.g. http://127.0.0.1:4001 */
  url: string;
  /** Publish token, sent as `Authorization: Bearer <token>` on publishes. */
  token?: string | undefined;
  /** The fetch to use (tests may pass their own); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per-request timeout; default 30 s (a publish composes the whole graph). */
  timeoutMs?: number;
}

/**
 * The answer of one call: the body of a 2xx answer, or the registry's error (status 0
 * and code UNREACHABLE when it could not be reached or did not answer JSON).
 */
export type ClientResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; error: RegistryError };

/** Typed calls to the registry's HTTP API. */
export interface RegistryClient {
  /** Base URL without a trailing slash. */
  readonly url: string;
  /** `POST /subgraphs/:name` (201 new supergraph, 200 unchanged). */
  publish(name: string, body: PublishRequestBody): Promise<ClientResult<PublishAcceptedBody>>;
  /** `GET /subgraphs`. */
  listSubgraphs(): Promise<ClientResult<SubgraphListBody>>;
  /** `GET /subgraphs/:name`. */
  getSubgraph(name: string): Promise<ClientResult<SubgraphDetailBody>>;
  /** `GET /supergraph`; with `etag`, a 304 answers `{ notModified: true }`. */
  fetchSupergraph(etag?: string): Promise<ClientResult<SupergraphBody | { notModified: true }>>;
}

/** Returns a client for the registry at `options.url`. */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const url = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call<T>(path: string, init: RequestInit = {}): Promise<ClientResult<T>> {
    let response: Response;
    try {
      response = await doFetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      // fetch hides the network reason (ECONNREFUSED…) in `cause`.
      const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
      const reason = cause === undefined ? reasonOf(error) : reasonOf(cause);
      return { ok: false, status: 0, error: { code: 'UNREACHABLE', message: `${url}: ${reason}` } };
    }
    if (response.status === 304) return { ok: true, status: 304, body: { notModified: true } as T };
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return {
        ok: false,
        status: response.status,
        error: { code: 'UNREACHABLE', message: `${url}${path} answered ${response.status} without JSON` },
      };
    }
    if (response.ok) return { ok: true, status: response.status, body: body as T };
    const error = (body as { error?: RegistryError }).error;
    return {
      ok: false,
      status: response.status,
      error: error && typeof error.code === 'string' ? error : { code: `HTTP_${response.status}`, message: text.slice(0, 200) },
    };
  }

  return {
    url,
    publish(name, body) {
      return call(`/subgraphs/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    },
    listSubgraphs() {
      return call('/subgraphs');
    },
    getSubgraph(name) {
      return call(`/subgraphs/${encodeURIComponent(name)}`);
    },
    fetchSupergraph(etag) {
      return call('/supergraph', etag ? { headers: { 'if-none-match': etag } } : {});
    },
  };
}

/** The message of an error; node's own errors may come from another realm (jest), so no instanceof. */
export function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
