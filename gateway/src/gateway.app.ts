import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createContextSigner, type ContextSigner } from '@egob/context-token';
import { createHttpApp, listen, type RunningServer } from '@egob/http';
import type { Logger } from '@egob/logger';
import express, { type RequestHandler } from 'express';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context/gateway-context';
import { createRequestContext, REQUEST_ID_HEADER } from './context/request-context';
import { SubgraphDataSource } from './context/subgraph-data-source';
import { createSubgraphFetcher } from './context/subgraph-fetcher';
import { createExplorerRouter } from './explorer/explorer.router';
import { createErrorFormatter } from './http/error-formatter';
import { createJsonErrorHandler } from './http/json-error-handler';
import { createRegistryClient } from './supergraph/registry-client';
import { RegistrySupergraphManager, type Backoff } from './supergraph/registry-supergraph-manager';
import { createSupergraphCache } from './supergraph/supergraph-cache';
import { createSupergraphVerifier } from './supergraph/supergraph-verifier';
import { createUsageReporter, type UsageReporter } from './usage/usage-reporter';
import { createUsageReportingPlugin } from './usage/usage-reporting.plugin';

/** Response header naming the supergraph version that served the request. */
export const SUPERGRAPH_ID_HEADER = 'x-egob-supergraph-id';

const BODY_LIMIT = '100kb';

/** What createGatewayApp needs besides its configuration. */
export interface GatewayDeps {
  logger: Logger;
  /** fetch used to call the registry and the subgraphs (Node's global fetch by default). */
  fetcher?: typeof fetch;
  /** Backoff while no supergraph is available at start (1 s doubling to 30 s by default). */
  startRetry?: Backoff;
  /** Backoff after a failed poll of the registry (1 s doubling to 30 s by default). */
  pollRetry?: Backoff;
}

/** A gateway ready to start: serves /graphql, /explorer, /health and /ready. */
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
  const subgraphFetcher = createSubgraphFetcher(config.SUBGRAPH_TIMEOUT_MS, fetchImpl);
  const apolloLogger = logger.child({ component: 'apollo' });

  const gateway = new ApolloGateway({
    supergraphSdl: manager,
    buildService: ({ name, url }) => {
      if (!url) throw new Error(`subgraph "${name}" has no URL in the supergraph`);
      return new SubgraphDataSource({ name, url, signer, fetcher: subgraphFetcher });
    },
    logger: apolloLogger,
    validateSupergraph: true,
    serviceHealthCheck: false,
    // Query plans reveal subgraph internals: never return them to clients.
    __exposeQueryPlanExperimental: false,
  });

  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...(usageReporter ? [createUsageReportingPlugin<GatewayContext>({ reporter: usageReporter })] : []),
    ],
    csrfPrevention: true,
    formatError: createErrorFormatter(logger.child({ component: 'graphql' })),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The composed schema is the public catalogue; the explorer needs introspection.
    introspection: true,
    // main.ts owns the signals (onShutdown).
    stopOnTerminationSignals: false,
  });

  let graphqlHandler: RequestHandler = (_req, res) => {
    res
      .status(503)
      .setHeader('Retry-After', '5')
      .json({ errors: [{ message: 'El gateway aún no tiene un esquema cargado.', extensions: { code: 'SUPERGRAPH_NOT_LOADED' } }] });
  };
  let apolloStarted = false;

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
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    (req, _res, next) => {
      // Express 5 leaves req.body unset for non-JSON bodies; Apollo must see one to answer 400 (not 500).
      req.body ??= {};
      next();
    },
    (req, res, next) => graphqlHandler(req, res, next),
  );
  app.use(createJsonErrorHandler(logger, BODY_LIMIT));

  let running: RunningServer | undefined;
  let starting: Promise<void> | undefined;
  let stopped = false;

  return {
    async start() {
      if (running) throw new Error('gateway already started');
      await signerReady;
      running = await listen(app, config.PORT, config.HOST);
      logger.info(
        { url: running.url, registry: config.REGISTRY_URL, variant: config.SUPERGRAPH_VARIANT },
        'gateway listening; loading the supergraph',
      );
      starting = server.start();
      try {
        await starting;
      } catch (error) {
        await running.close();
        throw error;
      }
      apolloStarted = true;
      usageReporter?.start();
      graphqlHandler = expressMiddleware(server, {
        context: async ({ req, res }) => {
          const egob = createRequestContext(req.headers);
          res.setHeader(REQUEST_ID_HEADER, egob.requestId);
          return { egob };
        },
      });
      logger.info(
        {
          url: running.url,
          supergraphId: manager.supergraphId(),
          variant: config.SUPERGRAPH_VARIANT,
          source: manager.source(),
          mode: config.EGOB_MODE,
          usageReporting: config.USAGE_REPORTING,
        },
        'gateway ready',
      );
      return running;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      manager.stop();
      await starting?.catch(() => undefined);
      await running?.close();
      // After the last request: what it used is in this final flush.
      await usageReporter?.stop();
      if (apolloStarted) await server.stop();
    },
    supergraphId: () => manager.supergraphId(),
    flushUsage: async () => usageReporter?.flush(),
  };
}
