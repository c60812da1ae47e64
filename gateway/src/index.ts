export { createGatewayApp, SUPERGRAPH_ID_HEADER, type GatewayApp, type GatewayDeps } from './gateway.app';
export { loadGatewayConfig, type GatewayConfig } from './config';
export type { GatewayContext } from './context/gateway-context';
export { createRequestContext, ACTING_ENTITY_HEADER, PURPOSE_HEADER, REQUEST_ID_HEADER } from './context/request-context';
export {
  createUserTokenVerifier,
  GATEWAY_AUDIENCE,
  type UserTokenVerifier,
  type UserTokenVerifierOptions,
  type UserTokenResult,
  type VerifiedUser,
} from './auth/user-token-verifier';
export { canExploreSchema, canRunUnregisteredOperations } from './auth/privileged-roles';
export { GatewayRefusal } from './http/gateway-refusal';
export { createRequestRateLimiter, type RequestRateLimiter, type RequestRateLimiterOptions } from './limits/request-rate-limiter';
export { createOperationLimits, type OperationLimits, type OperationLimitsOptions } from './limits/operation-limits';
export { assertTokenLimit } from './limits/assert-token-limit';
export {
  createTrustedDocuments,
  loadTrustedDocuments,
  sha256Hex,
  type TrustedDocuments,
} from './trusted-documents/trusted-documents';
export { SubgraphDataSource, SUBGRAPH_UNAVAILABLE, type SubgraphDataSourceOptions } from './context/subgraph-data-source';
export {
  createPooledTransport,
  createFetchTransport,
  type SubgraphTransport,
  type SubgraphResponse,
  type SubgraphPoolStats,
} from './context/subgraph-transport';
export { MeteredLruCache, type CacheStats } from './cache/metered-lru-cache';
export { InflightMap, type InflightStats } from './dedup/inflight-map';
export { canonicalJson, inboundKeyOf, outboundKeyOf, callerKeyOf } from './dedup/dedup-key';
export { renderMetrics, type MetricsSources } from './metrics/metrics.router';
export { EXPLORER_DEFAULT_QUERY } from './explorer/explorer-page';
export {
  createRegistryClient,
  type RegistryClient,
  type FetchSupergraphOptions,
  type FetchSupergraphResult,
  type RegistryError,
} from './supergraph/registry-client';
export { createSupergraphCache, type CachedSupergraph, type SupergraphCache } from './supergraph/supergraph-cache';
export {
  RegistrySupergraphManager,
  type Backoff,
  type RegistrySupergraphManagerOptions,
} from './supergraph/registry-supergraph-manager';
export {
  parseSignedSupergraph,
  supergraphSigningInput,
  SUPERGRAPH_VARIANTS,
  type SignedSupergraph,
  type SupergraphVariant,
} from './supergraph/signed-supergraph';
export {
  createSupergraphVerifier,
  type SupergraphVerifier,
  type SupergraphVerification,
  type SupergraphRefusalCode,
} from './supergraph/supergraph-verifier';
export {
  createUsageReportingPlugin,
  CLIENT_NAME_HEADER,
  APOLLO_CLIENT_NAME_HEADER,
  CLIENT_VERSION_HEADER,
} from './usage/usage-reporting.plugin';
export { createUsageReporter, type UsageReporter, type UsageRecord, type UsageReport } from './usage/usage-reporter';
export { collectSchemaCoordinates } from './usage/schema-coordinates';
