import { Pool } from 'undici';

/** A subgraph's answer, read to the end. */
export interface SubgraphResponse {
  status: number;
  contentType: string | undefined;
  cacheControl: string | undefined;
  body: string;
}

/** How many connections a subgraph pool holds and what they do (undici's pool stats). */
export interface SubgraphPoolStats {
  origin: string;
  connected: number;
  free: number;
  pending: number;
  running: number;
}

/** Sends subgraph calls: POST of a JSON body, the answer read as text. */
export interface SubgraphTransport {
  /** Resolves with the answer; rejects on a network failure or after the timeout (queueing included). */
  post(url: URL, body: string, headers: Record<string, string>): Promise<SubgraphResponse>;
  /** Returns the connection counts per subgraph origin (empty for a fetch transport). */
  stats(): SubgraphPoolStats[];
  /** Closes every connection. */
  close(): Promise<void>;
}

/** Options of createPooledTransport. */
export interface PooledTransportOptions {
  timeoutMs: number;
  /** Most connections to one subgraph origin. */
  connectionsPerOrigin: number;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Returns the transport of the gateway: one undici keep-alive pool per subgraph origin
 * (reused across supergraph updates), at most `connectionsPerOrigin` connections each.
 * A slow subgraph fills only its own pool; every call gives up after `timeoutMs`,
 * waiting for a free connection included.
 */
export function createPooledTransport(options: PooledTransportOptions): SubgraphTransport {
  const pools = new Map<string, Pool>();
  const poolOf = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (pool === undefined) {
      pool = new Pool(origin, { connections: options.connectionsPerOrigin, pipelining: 1 });
      pools.set(origin, pool);
    }
    return pool;
  };
  return {
    async post(url, body, headers) {
      const response = await poolOf(url.origin).request({
        method: 'POST',
        path: `${url.pathname}${url.search}`,
        headers,
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      return {
        status: response.statusCode,
        contentType: headerValue(response.headers['content-type']),
        cacheControl: headerValue(response.headers['cache-control']),
        body: await response.body.text(),
      };
    },
    stats: () =>
      [...pools].map(([origin, pool]) => {
        const { connected, free, pending, running } = pool.stats;
        return { origin, connected, free, pending, running };
      }),
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      pools.clear();
    },
  };
}

/** Returns a transport over a fetch function (tests inject one through GatewayDeps.fetcher): no pool of its own. */
export function createFetchTransport(timeoutMs: number, fetchImpl: typeof fetch): SubgraphTransport {
  return {
    async post(url, body, headers) {
      const response = await fetchImpl(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? undefined,
        cacheControl: response.headers.get('cache-control') ?? undefined,
        body: await response.text(),
      };
    },
    stats: () => [],
    close: async () => undefined,
  };
}
