import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** The fetch function type @apollo/gateway uses for subgraph calls. */
export type SubgraphFetcher = RemoteGraphQLDataSource['fetcher'];

/** Returns a fetcher for subgraph calls that gives up after `timeoutMs`: one slow subgraph must not hold a request forever. */
export function createSubgraphFetcher(timeoutMs: number, fetchImpl: typeof fetch = fetch): SubgraphFetcher {
  return (url, init) => fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}
