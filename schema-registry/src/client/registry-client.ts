import type { SchemaChecks } from '../checks/checks.types';
import type {
  CheckAnswerBody,
  CreatedPublishKeyBody,
  PublishAcceptedBody,
  PublishKeyBody,
  PublishRequestBody,
  RegistryError,
  SubgraphDetailBody,
  SubgraphListBody,
  SupergraphBody,
} from '../registry.types';
import type { SchemaChange } from '../history/api-schema-diff';
import type { SubgraphVersionView, SupergraphVersionView } from '../history/history.types';

/** Options of createRegistryClient. */
export interface RegistryClientOptions {
  /** Base URL of the registry, e.g. http://127.0.0.1:4001 */
  url: string;
  /** Publish token, sent as `Authorization: Bearer <token>` on publishes. */
  token?: string | undefined;
  /** The registry's admin key, sent as `Authorization: Bearer <key>` on `/keys` calls. */
  adminKey?: string | undefined;
  /** The fetch to use (tests may pass their own); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per-request timeout; default 30 s (a publish composes the whole graph). */
  timeoutMs?: number;
}

/**
 * The answer of one call: the body of a 2xx answer, or the registry's error (status 0
 * and code UNREACHABLE when it could not be reached or did not answer JSON).
 */
export type ClientResult<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; error: RegistryError; /** The checks of a publish the checks refused. */ checks?: SchemaChecks };

/** Typed calls to the registry's HTTP API. */
export interface RegistryClient {
  /** Base URL without a trailing slash. */
  readonly url: string;
  /** `POST /subgraphs/:name` (201 new supergraph, 200 unchanged). */
  publish(name: string, body: PublishRequestBody): Promise<ClientResult<PublishAcceptedBody>>;
  /** `POST /subgraphs/:name/check`: the publish's checks, nothing written (200 with `ok: false` when a publish would be refused). */
  check(name: string, body: PublishRequestBody): Promise<ClientResult<CheckAnswerBody>>;
  /** `POST /keys` (admin key): a new publish key, shown once. */
  createKey(body: { owner: string; description: string }): Promise<ClientResult<CreatedPublishKeyBody>>;
  /** `GET /keys` (admin key): every key without secrets. */
  listKeys(): Promise<ClientResult<{ keys: PublishKeyBody[] }>>;
  /** `DELETE /keys/:id` (admin key): revokes a key. */
  revokeKey(id: string): Promise<ClientResult<PublishKeyBody>>;
  /** `GET /subgraphs`. */
  listSubgraphs(): Promise<ClientResult<SubgraphListBody>>;
  /** `GET /subgraphs/:name`. */
  getSubgraph(name: string): Promise<ClientResult<SubgraphDetailBody>>;
  /** `GET /supergraph?variant=…` (default main); with `etag`, a 304 answers `{ notModified: true }`. */
  fetchSupergraph(etag?: string, variant?: string): Promise<ClientResult<SupergraphBody | { notModified: true }>>;
  /** `GET /subgraphs/:name/versions`. */
  listSubgraphVersions(name: string): Promise<ClientResult<{ versions: SubgraphVersionView[] }>>;
  /** `GET /supergraphs?variant=…`. */
  listSupergraphs(variant?: string): Promise<ClientResult<{ supergraphs: SupergraphVersionView[] }>>;
  /** `GET /supergraphs/:a/diff/:b?variant=…`. */
  diffSupergraphs(a: string, b: string, variant?: string): Promise<ClientResult<{ changes: SchemaChange[] }>>;
  /** `POST /supergraph/rollback` with the admin key (none in open mode). */
  rollback(to: string, reason: string, adminKey?: string): Promise<ClientResult<{ ok: true; supergraph: { id: string } }>>;
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
    const { error, checks } = body as { error?: RegistryError; checks?: SchemaChecks };
    return {
      ok: false,
      status: response.status,
      error: error && typeof error.code === 'string' ? error : { code: `HTTP_${response.status}`, message: text.slice(0, 200) },
      ...(checks ? { checks } : {}),
    };
  }

  function adminHeaders(): Record<string, string> {
    return options.adminKey ? { authorization: `Bearer ${options.adminKey}` } : {};
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
    check(name, body) {
      return call(`/subgraphs/${encodeURIComponent(name)}/check`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    },
    createKey(body) {
      return call('/keys', { method: 'POST', headers: { 'content-type': 'application/json', ...adminHeaders() }, body: JSON.stringify(body) });
    },
    listKeys() {
      return call('/keys', { headers: adminHeaders() });
    },
    revokeKey(id) {
      return call(`/keys/${encodeURIComponent(id)}`, { method: 'DELETE', headers: adminHeaders() });
    },
    listSubgraphs() {
      return call('/subgraphs');
    },
    getSubgraph(name) {
      return call(`/subgraphs/${encodeURIComponent(name)}`);
    },
    fetchSupergraph(etag, variant) {
      const path = variant ? `/supergraph?variant=${encodeURIComponent(variant)}` : '/supergraph';
      return call(path, etag ? { headers: { 'if-none-match': etag } } : {});
    },
    listSubgraphVersions(name) {
      return call(`/subgraphs/${encodeURIComponent(name)}/versions`);
    },
    listSupergraphs(variant) {
      return call(`/supergraphs${variant ? `?variant=${encodeURIComponent(variant)}` : ''}`);
    },
    diffSupergraphs(a, b, variant) {
      return call(`/supergraphs/${encodeURIComponent(a)}/diff/${encodeURIComponent(b)}${variant ? `?variant=${encodeURIComponent(variant)}` : ''}`);
    },
    rollback(to, reason, adminKey) {
      return call('/supergraph/rollback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(adminKey ? { authorization: `Bearer ${adminKey}` } : {}) },
        body: JSON.stringify({ to, reason }),
      });
    },
  };
}

/** The message of an error; node's own errors may come from another realm (jest), so no instanceof. */
export function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
