import { createHash } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ConfigError } from '@egob/config';
import { createContextVerifier, type RequestContext } from '@egob/context-token';
import { openDatabase, type Database } from '@egob/database';
import { createHttpApp, listen, type RunningServer } from '@egob/http';
import type { Logger } from '@egob/logger';
import type { SubgraphConfig } from '../config';
import type { SubgraphDefinition } from '../subgraph-definition';
import { KitTables1732500000000 } from '../migrations/1732500000000-kit-tables';
import { AuditOutbox1764400000000 } from '../migrations/1764400000000-audit-outbox';
import { createAuditForwarder, type AuditFlushOutcome } from '../audit/audit-forwarder';
import { AuditOutbox } from '../audit/audit-outbox';
import { PersonalDataReads } from '../audit/personal-data-reads';
import { writeAuditOrWithhold } from './audit-response';
import { publishSchema, type PublishOutcome } from '../registry/publish-schema';
import type { FederatedSchema } from '../schema/build-federated-schema';
import { createSeedProgress, type SeedProgress } from '../seed/seed-progress';
import { runSeed } from '../seed/seed-runner';
import type { SubgraphContext } from '../subgraph-context';
import { createConsentChecker } from '../access/consent-checker';
import { createGraphClient } from '../graph/graph-client';
import { contextGuard, REQUEST_CONTEXT_KEY } from './context-guard';
import { createFormatError } from './format-error';
import { mountHttpRoutes } from './http-route';
import { messages } from '../messages';

/** Response header with the SQL statements one request ran (not in production). */
export const SQL_STATEMENTS_HEADER = 'x-egob-sql-statements';

/** One subgraph, opened on its database, ready to start serving. */
export interface SubgraphApp<TServices> {
  name: string;
  database: Database;
  services: TServices;
  /** The SDL published to the registry. */
  sdl: string;
  /** Listens on HOST:PORT (0: a free port). */
  start(): Promise<RunningServer & { graphqlUrl: string }>;
  /** Seeds demo data up to `citizens` demo citizens (idempotent). */
  seed(citizens: number, progress?: SeedProgress): Promise<{ ran: boolean; from: number; to: number }>;
  /** Publishes the SDL to the registry (retrying while it is unreachable). */
  publish(signal?: AbortSignal): Promise<PublishOutcome>;
  /** Forwards the audit outbox now; resolves when it is empty or the audit subgraph answered with an error. */
  flushAudit(): Promise<AuditFlushOutcome>;
  stop(): Promise<void>;
}

/** Opens the database (migrating it), builds the server and returns the app; throws DatabaseUnavailableError. */
export async function createSubgraphApp<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
  federated: FederatedSchema,
  config: SubgraphConfig,
  logger: Logger,
): Promise<SubgraphApp<TServices>> {
  const personalData = Object.keys(definition.personalData ?? {}).length > 0;
  if (personalData && config.EGOB_MODE === 'production' && config.AUDIT_FORWARD && !config.AUDIT_INGEST_KEY) {
    throw new ConfigError(
      `Invalid configuration: AUDIT_INGEST_KEY: is required in production: ${definition.name} serves personal data (not set)`,
      'AUDIT_INGEST_KEY',
    );
  }
  const verifier = await createContextVerifier({ publicKeysPem: config.CONTEXT_TOKEN_PUBLIC_KEYS, audience: definition.name });
  const database = await openDatabase({
    url: config.DATABASE_URL,
    entities: definition.entities,
    migrations: [KitTables1732500000000, AuditOutbox1764400000000, ...definition.migrations],
    warn: (message, details) => logger.warn(details, message),
  });
  let services: TServices;
  try {
    services = definition.services({ dataSource: database.dataSource, logger, config });
  } catch (error) {
    await database.close();
    throw error;
  }
  const graph =
    config.SERVICE_CLIENT_ID && config.SERVICE_CLIENT_SECRET
      ? createGraphClient({ gatewayUrl: config.GATEWAY_URL, tokenUrl: config.IDENTITY_TOKEN_URL, clientId: config.SERVICE_CLIENT_ID, clientSecret: config.SERVICE_CLIENT_SECRET })
      : null;
  const consents = createConsentChecker(graph, logger, config.CONSENT_CACHE_SECONDS);
  const outbox = new AuditOutbox(database.dataSource);
  const forwarder = createAuditForwarder({
    outbox,
    url: config.AUDIT_INGEST_URL,
    key: config.AUDIT_INGEST_KEY,
    subgraph: definition.name,
    owner: definition.owner,
    logger,
    intervalMs: config.AUDIT_FORWARD_INTERVAL_MS,
  });
  const exposeSqlCount = config.EGOB_MODE !== 'production';

  const httpApp = createHttpApp([
    { name: 'database', check: () => database.ping() },
    { name: 'schema', check: () => federated.sdl.length > 0 },
  ]);
  let running: RunningServer | undefined;
  const server = new ApolloServer<SubgraphContext<TServices, TLoaders>>({
    schema: federated.schema,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: config.EGOB_MODE !== 'production',
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints: the gateway keeps no response cache, and the hints' per-field hook
      // would wrap every resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              // One hook, in this order: the outbox write (one INSERT per 500 citizens read) is
              // a statement of this request and is counted in the header like any other.
              await writeAuditOrWithhold(response, contextValue, outbox, definition.name, logger);
              if (exposeSqlCount) response.http.headers.set(SQL_STATEMENTS_HEADER, String(contextValue.sql.current()));
            },
          };
        },
      },
    ],
  });
  await server.start();

  if (definition.middleware) {
    const handler = definition.middleware({ services, config, logger });
    // The kit's own paths never reach it (it may read the body of what it is given).
    httpApp.use((req, res, next) => {
      if (req.path === '/graphql' || req.path === '/health' || req.path === '/ready') return next();
      Promise.resolve(handler(req, res, () => next())).catch(next);
    });
  }
  mountHttpRoutes(httpApp, definition.http ?? [], { services, config, logger });
  httpApp.use(
    '/graphql',
    contextGuard(verifier),
    express.json({ limit: '2mb' }),
    (_req: Request, _res: Response, next: NextFunction) => database.sql.track(next),
    expressMiddleware(server, {
      context: async ({ res }) => ({
        request: res.locals[REQUEST_CONTEXT_KEY] as RequestContext,
        services,
        loaders: definition.loaders(services),
        sql: database.sql,
        logger,
        audit: new PersonalDataReads(),
        consents,
        graph,
      }),
    }),
  );
  httpApp.use((_req: Request, res: Response) => {
    res.status(404).json({ errors: [{ message: messages.notFound, extensions: { code: 'NOT_FOUND' } }] });
  });
  // Bodies that are not JSON, or too large, are the client's error: answer as GraphQL does.
  httpApp.use((error: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unexpected HTTP error');
    const message = status === 413 ? messages.tooLarge : status === 500 ? messages.internal : messages.malformedBody;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  const version = definition.version ?? `sdl-${createHash('sha256').update(federated.sdl).digest('hex').slice(0, 12)}`;
  return {
    name: definition.name,
    database,
    services,
    sdl: federated.sdl,
    async start() {
      running = await listen(httpApp, config.PORT, config.HOST);
      if (personalData && config.AUDIT_FORWARD) forwarder.start();
      return { ...running, graphqlUrl: `${running.url}/graphql` };
    },
    seed(citizens, progress = createSeedProgress(logger)) {
      if (!definition.seed) return Promise.resolve({ ran: false, from: 0, to: 0 });
      return runSeed(database.dataSource, definition.name, definition.seed, citizens, progress);
    },
    publish(signal) {
      const url = config.PUBLIC_URL ?? `${running?.url ?? `http://${config.HOST}:${config.PORT}`}/graphql`;
      return publishSchema(
        { name: definition.name, owner: definition.owner, sdl: federated.sdl, url, version },
        { registryUrl: config.REGISTRY_URL, token: config.REGISTRY_PUBLISH_TOKEN, logger, ...(signal ? { signal } : {}) },
      );
    },
    flushAudit() {
      return forwarder.flush();
    },
    async stop() {
      await forwarder.stop();
      await running?.close();
      await server.stop();
      await database.close();
    },
  };
}
