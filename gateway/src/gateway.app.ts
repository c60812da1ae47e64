import { ApolloGateway, type GatewayConfig as ApolloGatewayConfig } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { createContextSigner, type ContextSigner } from '@egob/context-token';
import { createHttpApp, listen, type RunningServer } from '@egob/http';
import type { Logger } from '@egob/logger';
import express from 'express';
import type { RequestListener } from 'node:http';
import type { DocumentNode } from 'graphql';
import { MeteredLruCache } from './cache/metered-lru-cache';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context/gateway-context';
import { SubgraphDataSource } from './context/subgraph-data-source';
import { createFetchTransport, createPooledTransport, type SubgraphResponse } from './context/subgraph-transport';
import { InflightMap } from './dedup/inflight-map';
import { createExplorerRouter } from './explorer/explorer.router';
import { createUserTokenVerifier } from './auth/user-token-verifier';
import { canExploreSchema } from './auth/privileged-roles';
import { createErrorFormatter } from './http/error-formatter';
import { createGraphqlEndpoint, isGraphqlTarget, SUPERGRAPH_ID_HEADER } from './http/graphql-endpoint';
import { createGraphqlGuard } from './http/graphql-guard';
import { createGraphqlHandler, type GraphqlHandler, type SerializedResponse } from './http/graphql-handler';
import { createJsonErrorHandler } from './http/json-error-handler';
import { createRequestPrecheck } from './http/request-precheck';
import { createVariablePrecheck } from './http/variable-precheck';
import { createOperationLimits } from './limits/operation-limits';
import { createRequestRateLimiter } from './limits/request-rate-limiter';
import { createSchemaExplorationPlugin, withoutSuggestions } from './limits/schema-exploration.plugin';
import { createMetricsHandler } from './metrics/metrics.router';
import { createRegistryClient } from './supergraph/registry-client';
import { RegistrySupergraphManager, type Backoff } from './supergraph/registry-supergraph-manager';
import { createSupergraphCache } from './supergraph/supergraph-cache';
import { createSupergraphVerifier } from './supergraph/supergraph-verifier';
import { loadTrustedDocuments, type TrustedDocuments } from './trusted-documents/trusted-documents';
import { createUsageReporter, type UsageReporter } from './usage/usage-reporter';
import { createUsageReportingPlugin } from './usage/usage-reporting.plugin';

export { SUPERGRAPH_ID_HEADER };

// Mailbox documents (≤ 1 MB, base64 inside the JSON) travel through the gateway; depth,
// token and cost limits bound what a query of that size can cost.
const BODY_LIMIT = { limitBytes: 2 * 1024 * 1024, limitLabel: '2mb' };

/** What createGatewayApp needs besides its configuration. */
export interface GatewayDeps {
  logger: Logger;
  /** fetch used to call the registry and the subgraphs (Node's global fetch by default). */
  fetcher?: typeof fetch;
  /** Backoff while no supergraph is available at start (1 s doubling to 30 s by default). */
  startRetry?: Backoff;
  /** Backoff after a failed poll of the registry (1 s doubling to 30 s by default). */
  pollRetry?: Backoff;
  /** Prefix of the rate limiter's Redis keys (`egob-gateway` by default; tests use their own). */
  rateLimitKeyPrefix?: string;
  /** This process's worker number, for /metrics (1 by default). */
  workerId?: number;
  /**
   * Listen only once a supergraph is loaded (cluster workers: a worker restarting must
   * not take its share of the port's connections before it can serve them). By default
   * the gateway listens at once, so /health answers while the supergraph loads.
   */
  listenWhenReady?: boolean;
}

type QueryPlanStore = NonNullable<NonNullable<ApolloGatewayConfig['queryPlannerConfig']>['cache']>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanStore['get']>>>;

/** A gateway ready to start: serves /graphql, /explorer, /health, /ready and /metrics. */
export interface GatewayApp {
  /** Listens (so /health answers at once), then resolves when a supergraph is loaded and /graphql serves it. */
  start(): Promise<RunningServer>;
  /** Stops polling (aborting a long-poll), lets requests finish, flushes usage, stops Apollo; abandons a start still waiting. */
  stop(): Promise<void>;
  /** Returns the id of the supergraph being served, or null before one is loaded. */
  supergraphId(): string | null;
  /** Sends the pending usage reports now (resolves when the registry answered, or at once when reporting is off). */
  flushUsage(): Promise<void>;
}

/**
 * Returns the egob gateway: @apollo/gateway fed by the schema registry's signed
 * supergraph (long-polled, cached on disk), a signed context token on every subgraph
 * call, errors masked for clients, usage reported to the registry, and nothing sent
 * outside the deployment (Apollo telemetry and reporting off).
 */
export function createGatewayApp(config: GatewayConfig, deps: GatewayDeps): GatewayApp {
  const { logger } = deps;
  const fetchImpl = deps.fetcher ?? fetch;

  // @apollo/gateway ≥ 2.14 sends usage metrics to Apollo unless this is set when it is
  // constructed. A sovereign platform sends nothing abroad, whatever the operator's env.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';

  const manager = new RegistrySupergraphManager({
    registry: createRegistryClient({
      url: config.REGISTRY_URL,
      variant: config.SUPERGRAPH_VARIANT,
      timeoutMs: config.REGISTRY_TIMEOUT_MS,
      fetch: fetchImpl,
    }),
    cache: createSupergraphCache(config.SUPERGRAPH_CACHE_FILE),
    verifier: createSupergraphVerifier({ publicKeysPem: config.REGISTRY_SIGNING_PUBLIC_KEYS, variant: config.SUPERGRAPH_VARIANT }),
    logger: logger.child({ component: 'supergraph' }),
    longPollSeconds: config.REGISTRY_LONG_POLL_SECONDS,
    pollIntervalMs: config.REGISTRY_POLL_INTERVAL_MS,
    ...(deps.startRetry && { startRetry: deps.startRetry }),
    ...(deps.pollRetry && { pollRetry: deps.pollRetry }),
  });

  const usageReporter: UsageReporter | null = config.USAGE_REPORTING
    ? createUsageReporter({
        registryUrl: config.REGISTRY_URL,
        usageKey: config.REGISTRY_USAGE_KEY ?? null,
        gatewayId: config.GATEWAY_ID,
        flushIntervalMs: config.USAGE_FLUSH_INTERVAL_MS,
        timeoutMs: config.REGISTRY_TIMEOUT_MS,
        logger: logger.child({ component: 'usage' }),
        fetch: fetchImpl,
      })
    : null;

  const signerReady = createContextSigner({ privateKeyPem: config.CONTEXT_TOKEN_PRIVATE_KEY });
  // start() awaits it and reports a failure; this only silences the unhandled-rejection warning meanwhile.
  signerReady.catch(() => undefined);
  const signer: Pick<ContextSigner, 'sign'> = {
    sign: async (context, audience) => (await signerReady).sign(context, audience),
  };
  // An injected fetch (tests) is used as is; otherwise one keep-alive pool per subgraph.
  const transport = deps.fetcher
    ? createFetchTransport(config.SUBGRAPH_TIMEOUT_MS, deps.fetcher)
    : createPooledTransport({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS, connectionsPerOrigin: config.SUBGRAPH_MAX_CONNECTIONS });
  const inboundDedup = config.DEDUP ? new InflightMap<SerializedResponse>() : null;
  const outboundDedup = config.DEDUP ? new InflightMap<SubgraphResponse>() : null;
  // Bounded by entry count: MAX_TOKENS bounds each document, and so each plan.
  const documents = new MeteredLruCache<DocumentNode>(config.DOCUMENT_CACHE_SIZE);
  const queryPlans = new MeteredLruCache<QueryPlan>(config.QUERY_PLAN_CACHE_SIZE);
  const apolloLogger = logger.child({ component: 'apollo' });

  const gateway = new ApolloGateway({
    supergraphSdl: manager,
    buildService: ({ name, url }) => {
      if (!url) throw new Error(`subgraph "${name}" has no URL in the supergraph`);
      return new SubgraphDataSource({ name, url, signer, transport, inflight: outboundDedup });
    },
    queryPlannerConfig: { cache: queryPlans },
    logger: apolloLogger,
    validateSupergraph: true,
    serviceHealthCheck: false,
    // Query plans reveal subgraph internals: never return them to clients.
    __exposeQueryPlanExperimental: false,
  });

  const production = config.EGOB_MODE === 'production';
  const limits = createOperationLimits({
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxCost: config.MAX_COST,
    maxDirectives: config.MAX_DIRECTIVES,
  });
  const rateLimiter = createRequestRateLimiter({
    perMinuteUser: config.RATE_LIMIT_PER_MINUTE_USER,
    perMinuteAnonymous: config.RATE_LIMIT_PER_MINUTE_ANONYMOUS,
    ...(config.REDIS_URL !== undefined && { redisUrl: config.REDIS_URL }),
    ...(deps.rateLimitKeyPrefix !== undefined && { keyPrefix: deps.rateLimitKeyPrefix }),
    logger: logger.child({ component: 'rate-limit' }),
  });
  let trustedDocuments: TrustedDocuments | null = null;
  const verifier = createUserTokenVerifier({ issuer: config.IDENTITY_ISSUER, jwksUrl: config.IDENTITY_JWKS_URL });
  const guard = createGraphqlGuard({
    verifier,
    rateLimiter,
    trustedDocuments: () => trustedDocuments,
    production,
    maxTokens: config.MAX_TOKENS,
    logger: logger.child({ component: 'access' }),
  });

  // Operations are remembered as the document store remembers documents (same bound).
  const variablePrecheck = createVariablePrecheck({
    cacheSize: config.DOCUMENT_CACHE_SIZE,
    explorationRestricted: (context) => production && !canExploreSchema(context),
    restrictMessage: withoutSuggestions,
  });

  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger,
    documentStore: documents,
    validationRules: limits.validationRules,
    plugins: [
      ...limits.plugins,
      ...(production ? [createSchemaExplorationPlugin()] : []),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...(usageReporter ? [createUsageReportingPlugin<GatewayContext>({ reporter: usageReporter })] : []),
      variablePrecheck.plugin,
    ],
    csrfPrevention: true,
    formatError: createErrorFormatter(logger.child({ component: 'graphql' })),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Documents come only from the trusted-documents manifest (the guard resolves hashes): clients never register any.
    persistedQueries: false,
    // Open in development and test (the catalogue, the explorer); in production the exploration plugin keeps it to developers and admins.
    introspection: true,
    // main.ts owns the signals (onShutdown).
    stopOnTerminationSignals: false,
  });

  let graphqlHandler: GraphqlHandler | null = null;
  let apolloStarted = false;
  const graphqlEndpoint = createGraphqlEndpoint({
    guard,
    handler: () => graphqlHandler,
    supergraphId: () => manager.supergraphId(),
    body: BODY_LIMIT,
    precheck: createRequestPrecheck(variablePrecheck),
    logger,
  });

  // /health, /ready, /explorer and /metrics: Express. /graphql skips it (see createGraphqlEndpoint).
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((_req, res, next) => {
    const id = manager.supergraphId();
    if (id !== null) res.setHeader(SUPERGRAPH_ID_HEADER, id);
    next();
  });
  app.use(
    createHttpApp([
      {
        name: 'supergraph',
        check: () => {
          if (!apolloStarted) throw new Error('no supergraph loaded yet');
          return manager.supergraphId();
        },
      },
    ]),
  );
  app.use('/explorer', createExplorerRouter({ basePath: '/explorer', graphqlUrl: '/graphql' }));
  app.get(
    '/metrics',
    createMetricsHandler({
      token: config.METRICS_TOKEN,
      sources: {
        caches: {
          documents: () => documents.stats(),
          query_plans: () => queryPlans.stats(),
          user_tokens: () => verifier.stats(),
          operation_variables: () => variablePrecheck.stats(),
        },
        dedup: {
          ...(inboundDedup && { inbound: () => inboundDedup.stats() }),
          ...(outboundDedup && { outbound: () => outboundDedup.stats() }),
        },
        pools: () => transport.stats(),
        worker: deps.workerId ?? 1,
      },
    }),
  );
  app.use(createJsonErrorHandler(logger));
  const listener: RequestListener = (req, res) => (isGraphqlTarget(req.url) ? graphqlEndpoint(req, res) : app(req, res));

  let running: RunningServer | undefined;
  let starting: Promise<void> | undefined;
  let stopped = false;

  return {
    async start() {
      if (running) throw new Error('gateway already started');
      await signerReady;
      if (config.TRUSTED_DOCUMENTS_FILE !== undefined) {
        trustedDocuments = loadTrustedDocuments(config.TRUSTED_DOCUMENTS_FILE);
        logger.info({ file: config.TRUSTED_DOCUMENTS_FILE, documents: trustedDocuments.size }, 'trusted documents loaded');
      } else if (production) {
        logger.warn('no TRUSTED_DOCUMENTS_FILE: anonymous and citizen requests will be refused (OPERATION_NOT_REGISTERED)');
      }
      if (!deps.listenWhenReady) {
        running = await listen(listener, config.PORT, config.HOST);
        logger.info(
          { url: running.url, registry: config.REGISTRY_URL, variant: config.SUPERGRAPH_VARIANT },
          'gateway listening; loading the supergraph',
        );
      }
      starting = server.start();
      try {
        await starting;
      } catch (error) {
        await running?.close();
        throw error;
      }
      apolloStarted = true;
      usageReporter?.start();
      graphqlHandler = createGraphqlHandler({ server, inflight: inboundDedup });
      if (running === undefined) {
        if (stopped) throw new Error('gateway stopped while starting');
        running = await listen(listener, config.PORT, config.HOST);
      }
      logger.info(
        {
          url: running.url,
          supergraphId: manager.supergraphId(),
          variant: config.SUPERGRAPH_VARIANT,
          source: manager.source(),
          mode: config.EGOB_MODE,
          usageReporting: config.USAGE_REPORTING,
          dedup: config.DEDUP,
        },
        'gateway ready',
      );
      return running;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      manager.stop();
      try {
        await starting?.catch(() => undefined);
        await running?.close();
        // After the last request: what it used is in this final flush.
        await usageReporter?.stop();
        await rateLimiter.close();
        if (apolloStarted) await server.stop();
      } finally {
        // Keep-alive sockets to the subgraphs would keep the process alive, whatever failed above.
        await transport.close();
      }
    },
    supergraphId: () => manager.supergraphId(),
    flushUsage: async () => usageReporter?.flush(),
  };
}
