import 'reflect-metadata';
import { openDatabase, type Database } from '@egob/database';
import { createHttpApp, listen, type RunningServer } from '@egob/http';
import type { Logger } from '@egob/logger';
import express, { type Express } from 'express';
import type { RegistryConfig } from './config';
import { getSubgraphHandler } from './http/get-subgraph.handler';
import { BODY_LIMIT, errorHandler, notFoundHandler } from './http/json-errors';
import { listSubgraphsHandler } from './http/list-subgraphs.handler';
import { publishSubgraphHandler } from './http/publish-subgraph.handler';
import { RegistryTables1764100000000 } from './migrations/1764100000000-registry-tables';
import { OwnersKeysUsage1764200000000 } from './migrations/1764200000000-owners-keys-usage';
import { PublishAuthorizer } from './auth/publish-authorizer';
import { requireBearerSecret } from './auth/require-bearer-secret';
import { SchemaChecker } from './checks/schema-checker';
import { checkSubgraphHandler } from './http/check-subgraph.handler';
import { createKeyHandler } from './http/create-key.handler';
import { listKeysHandler } from './http/list-keys.handler';
import { listOwnersHandler } from './http/list-owners.handler';
import { registerOwnerHandler } from './http/register-owner.handler';
import { reportUsageHandler } from './http/report-usage.handler';
import { revokeKeyHandler } from './http/revoke-key.handler';
import { PublishKeyEntity } from './keys/publish-key.entity';
import { PublishKeyService } from './keys/publish-key.service';
import { messages } from './messages';
import { OwnerEntity } from './owners/owner.entity';
import { OwnerService } from './owners/owner.service';
import { UsageRecordEntity } from './usage/usage-record.entity';
import { UsageService } from './usage/usage.service';
import { PublishService } from './publish/publish.service';
import { SubgraphEntity } from './subgraph/subgraph.entity';
import { SubgraphVersionEntity } from './subgraph/subgraph-version.entity';
import { SubgraphService } from './subgraph/subgraph.service';
import { SupergraphService } from './supergraph/supergraph.service';
import { SupergraphVersionEntity } from './supergraph/supergraph-version.entity';
import { SupergraphContractEntity } from './contracts/supergraph-contract.entity';
import { createRegistryDelivery } from './delivery/registry-delivery';
import { HistoryContracts1764300000000 } from './migrations/1764300000000-history-contracts';

/** The registry's tables, for openDatabase. */
export const registryEntities = [SubgraphEntity, SubgraphVersionEntity, SupergraphVersionEntity, OwnerEntity, PublishKeyEntity, UsageRecordEntity, SupergraphContractEntity];

/** The registry's migrations, in order. */
export const registryMigrations = [RegistryTables1764100000000, OwnersKeysUsage1764200000000, HistoryContracts1764300000000];

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
  const now = deps.now ?? (() => new Date());
  const owners = new OwnerService(database.dataSource, now);
  const keys = new PublishKeyService(database.dataSource, now);
  const usage = new UsageService(database.dataSource, config.USAGE_WINDOW_DAYS, now);
  const checker = new SchemaChecker(usage, config.LINT_SEVERITY);
  const delivery = createRegistryDelivery(config, { dataSource: database.dataSource, logger, now, supergraphs, usage });
  const publisher = new PublishService(database.dataSource, supergraphs, logger, now, { checker, publicVariant: delivery.publicVariant });
  // Open mode (development/test without REGISTRY_ADMIN_KEY; config refuses it in production): no keys needed.
  const authorizer = new PublishAuthorizer(config.REGISTRY_ADMIN_KEY === undefined, keys, database.dataSource);
  const admin = requireBearerSecret(config.REGISTRY_ADMIN_KEY, messages.adminUnauthenticated);
  const json = express.json({ limit: BODY_LIMIT, type: () => true });

  const app = createHttpApp([{ name: 'database', check: () => database.ping() }]);
  // Signed delivery, long-poll, history, rollback and the catalogue (protocol §4–§7).
  app.use(delivery.routes((task) => publisher.exclusive(task)));
  app.get('/subgraphs', listSubgraphsHandler(subgraphs));
  app.get('/subgraphs/:name', getSubgraphHandler(subgraphs));
  app.post(
    '/subgraphs/:name',
    // Before the body is read: an unauthenticated caller learns nothing about its payload.
    authorizer.authenticate(),
    // Any content type is read as JSON, so `curl -d` works and a non-JSON body is a JSON 400.
    json,
    publishSubgraphHandler(publisher, authorizer),
  );
  app.post('/subgraphs/:name/check', authorizer.authenticate(), json, checkSubgraphHandler(publisher, authorizer));
  app.get('/owners', listOwnersHandler(owners));
  app.post('/owners', admin, json, registerOwnerHandler(owners));
  app.get('/keys', admin, listKeysHandler(keys));
  app.post('/keys', admin, json, createKeyHandler(keys));
  app.delete('/keys/:id', admin, revokeKeyHandler(keys));
  app.post('/usage', requireBearerSecret(config.REGISTRY_USAGE_KEY, messages.usageUnauthenticated), json, reportUsageHandler(usage));
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
      // Held long-polls would keep the server from closing for up to 30 s.
      delivery.close();
      await server?.close();
      await publisher.drain();
      await database.close();
    },
  };
}
