import 'reflect-metadata';
import { openDatabase, type Database } from '@egob/database';
import { createHttpApp, listen, type RunningServer } from '@egob/http';
import type { Logger } from '@egob/logger';
import express, { type Express } from 'express';
import type { RegistryConfig } from './config';
import { getSubgraphHandler } from './http/get-subgraph.handler';
import { getSupergraphHandler } from './http/get-supergraph.handler';
import { BODY_LIMIT, errorHandler, notFoundHandler } from './http/json-errors';
import { listSubgraphsHandler } from './http/list-subgraphs.handler';
import { publishSubgraphHandler } from './http/publish-subgraph.handler';
import { requirePublishToken } from './http/require-publish-token';
import { RegistryTables1764100000000 } from './migrations/1764100000000-registry-tables';
import { PublishService } from './publish/publish.service';
import { SubgraphEntity } from './subgraph/subgraph.entity';
import { SubgraphVersionEntity } from './subgraph/subgraph-version.entity';
import { SubgraphService } from './subgraph/subgraph.service';
import { SupergraphService } from './supergraph/supergraph.service';
import { SupergraphVersionEntity } from './supergraph/supergraph-version.entity';

/** The registry's tables, for openDatabase. */
export const registryEntities = [SubgraphEntity, SubgraphVersionEntity, SupergraphVersionEntity];

/** The registry's migrations, in order. */
export const registryMigrations = [RegistryTables1764100000000];

/** What the registry needs besides its configuration. */
export interface RegistryAppDeps {
  logger: Logger;
  /** The clock stamped on versions (tests pass a fixed one); defaults to the system clock. */
  now?: () => Date;
}

/** A registry whose database is open and migrated, ready to listen. */
export interface RegistryApp {
  /** Listens on HOST:PORT (PORT 0 picks a free port). */
  start(): Promise<RunningServer>;
  /** Stops listening, lets publishes in progress finish, closes the database. */
  stop(): Promise<void>;
  database: Database;
  /** The Express app (for mounting or supertest-style calls). */
  http: Express;
}

/**
 * Opens and migrates the registry's database and returns the service, not yet
 * listening; throws DatabaseUnavailableError when DATABASE_URL cannot be opened.
 */
export async function createRegistryApp(config: RegistryConfig, deps: RegistryAppDeps): Promise<RegistryApp> {
  const { logger } = deps;
  const database = await openDatabase({
    url: config.DATABASE_URL,
    entities: registryEntities,
    migrations: registryMigrations,
    warn: (message, details) => logger.warn(details, message),
  });
  const supergraphs = new SupergraphService(database.dataSource);
  const subgraphs = new SubgraphService(database.dataSource);
  const publisher = new PublishService(database.dataSource, supergraphs, logger, deps.now ?? (() => new Date()));

  const app = createHttpApp([{ name: 'database', check: () => database.ping() }]);
  app.get('/supergraph', getSupergraphHandler(supergraphs));
  app.get('/subgraphs', listSubgraphsHandler(subgraphs));
  app.get('/subgraphs/:name', getSubgraphHandler(subgraphs));
  app.post(
    '/subgraphs/:name',
    // Before the body is read: an unauthenticated caller learns nothing about its payload.
    requirePublishToken(config.REGISTRY_PUBLISH_TOKEN),
    // Any content type is read as JSON, so `curl -d` works and a non-JSON body is a JSON 400.
    express.json({ limit: BODY_LIMIT, type: () => true }),
    publishSubgraphHandler(publisher),
  );
  app.use(notFoundHandler());
  app.use(errorHandler(logger));

  let server: RunningServer | undefined;
  return {
    database,
    http: app,
    async start() {
      server ??= await listen(app, config.PORT, config.HOST);
      return server;
    },
    async stop() {
      await server?.close();
      await publisher.drain();
      await database.close();
    },
  };
}
