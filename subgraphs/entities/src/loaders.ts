import { createPublicEntityLoaders, type PublicEntityLoaders } from './public-entity/public-entity.loaders';
import type { EntitiesServices } from './services';
import { createTerritoryLoaders, type TerritoryLoaders } from './territory/territory.loaders';

/** DataLoaders of the entities subgraph, created per request. */
export type EntitiesLoaders = TerritoryLoaders & PublicEntityLoaders;

/** Returns fresh loaders for one request. */
export function createLoaders(services: EntitiesServices): EntitiesLoaders {
  return {
    ...createTerritoryLoaders(services.territories),
    ...createPublicEntityLoaders(services.publicEntities),
  };
}
