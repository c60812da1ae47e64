import DataLoader from 'dataloader';
import type { PublicEntityRecord } from './public-entity.model';
import type { PublicEntityService } from './public-entity.service';

/** Per-request DataLoaders of public entities. */
export interface PublicEntityLoaders {
  /** A public entity by code (null when unknown): references and the publicEntity query. */
  publicEntityByCode: DataLoader<string, PublicEntityRecord | null>;
  /** The entities seated in a territory (by INE code), sorted by code. */
  publicEntitiesByTerritory: DataLoader<string, PublicEntityRecord[]>;
}

/** Largest IN list one statement carries. */
const MAX_BATCH = 1000;

/** Returns fresh public entity loaders for one request. */
export function createPublicEntityLoaders(service: PublicEntityService): PublicEntityLoaders {
  return {
    publicEntityByCode: new DataLoader((codes) => service.findByCodes(codes), { maxBatchSize: MAX_BATCH }),
    publicEntitiesByTerritory: new DataLoader((codes) => service.findByTerritoryCodes(codes), { maxBatchSize: MAX_BATCH }),
  };
}
