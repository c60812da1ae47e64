import type { Logger } from '@egob/logger';
import express, { Router } from 'express';
import type { DataSource } from 'typeorm';
import { OPEN_PUBLISHER } from '../auth/publish-authorizer';
import { requireBearerSecret } from '../auth/require-bearer-secret';
import { CatalogueService } from '../catalogue/catalogue.service';
import { listCatalogueChangesHandler } from '../catalogue/list-catalogue-changes.handler';
import { listCatalogueEntitiesHandler } from '../catalogue/list-catalogue-entities.handler';
import { listCatalogueTypesHandler } from '../catalogue/list-catalogue-types.handler';
import type { UsageReader } from '../catalogue/usage-reader';
import type { RegistryConfig } from '../config';
import { PublicVariantService } from '../contracts/public-variant.service';
import { diffSupergraphsHandler } from '../history/diff-supergraphs.handler';
import { getSubgraphVersionHandler } from '../history/get-subgraph-version.handler';
import { getSupergraphVersionHandler } from '../history/get-supergraph-version.handler';
import { HistoryService } from '../history/history.service';
import { listSubgraphVersionsHandler } from '../history/list-subgraph-versions.handler';
import { listSupergraphsHandler } from '../history/list-supergraphs.handler';
import { rollbackSupergraphHandler } from '../history/rollback-supergraph.handler';
import { RollbackService, type Exclusive } from '../history/rollback.service';
import { BODY_LIMIT } from '../http/json-errors';
import { SupergraphWaiters } from '../longpoll/supergraph-waiters';
import { messages } from '../messages';
import { createSigningKey, type SigningKey } from '../signing/signing-key';
import type { SupergraphService } from '../supergraph/supergraph.service';
import { getSigningKeyHandler } from './get-signing-key.handler';
import { serveSupergraphHandler } from './serve-supergraph.handler';
import { SupergraphDelivery } from './supergraph-delivery.service';

/** What the delivery part of the registry needs. */
export interface RegistryDeliveryDeps {
  dataSource: DataSource;
  logger: Logger;
  now: () => Date;
  supergraphs: SupergraphService;
  usage: UsageReader;
}

/** Signed delivery, long-poll, the public variant, history and the catalogue (protocol §4–§7). */
export interface RegistryDelivery {
  signingKey: SigningKey;
  /** The publish pipeline's public-variant seam (give it to PublishService). */
  publicVariant: PublicVariantService;
  waiters: SupergraphWaiters;
  /** Returns the router of §4–§7's calls; `exclusive` runs a task in the publish queue. */
  routes(exclusive: Exclusive): Router;
  /** Releases held long-polls (call before closing the server). */
  close(): void;
}

/**
 * Returns the delivery part of the registry. Without REGISTRY_SIGNING_KEY (development
 * and test only: config refuses it in production) a key is generated and its public key logged.
 */
export function createRegistryDelivery(config: RegistryConfig, deps: RegistryDeliveryDeps): RegistryDelivery {
  const { dataSource, logger, now } = deps;
  const signingKey = createSigningKey(config.REGISTRY_SIGNING_KEY);
  if (signingKey.generated) {
    logger.warn({ publicKeyPem: signingKey.publicKeyPem }, 'REGISTRY_SIGNING_KEY unset: signing supergraphs with a key generated for this run');
  }
  const waiters = new SupergraphWaiters();
  const publicVariant = new PublicVariantService(waiters);
  return {
    signingKey,
    publicVariant,
    waiters,
    routes(exclusive) {
      const delivery = new SupergraphDelivery(dataSource, signingKey.privateKey);
      const history = new HistoryService(dataSource);
      const rollbacks = new RollbackService(dataSource, exclusive, deps.supergraphs, publicVariant, logger, now);
      const catalogue = new CatalogueService(dataSource, deps.usage, now);
      const router = Router();
      router.get('/supergraph', serveSupergraphHandler(delivery, waiters));
      router.get('/signing-key', getSigningKeyHandler(signingKey.publicKeyPem));
      router.get('/supergraphs', listSupergraphsHandler(history));
      router.get('/supergraphs/:id', getSupergraphVersionHandler(history));
      router.get('/supergraphs/:a/diff/:b', diffSupergraphsHandler(history));
      router.post(
        '/supergraph/rollback',
        requireBearerSecret(config.REGISTRY_ADMIN_KEY, messages.adminUnauthenticated),
        express.json({ limit: BODY_LIMIT, type: () => true }),
        rollbackSupergraphHandler(rollbacks, config.REGISTRY_ADMIN_KEY === undefined ? OPEN_PUBLISHER : 'admin'),
      );
      router.get('/subgraphs/:name/versions', listSubgraphVersionsHandler(history));
      router.get('/subgraphs/:name/versions/:versionId', getSubgraphVersionHandler(history));
      router.get('/catalogue/entities', listCatalogueEntitiesHandler(catalogue));
      router.get('/catalogue/types', listCatalogueTypesHandler(catalogue));
      router.get('/catalogue/changes', listCatalogueChangesHandler(catalogue));
      return router;
    },
    close() {
      waiters.close();
    },
  };
}
