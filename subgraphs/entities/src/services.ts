import type { DataSource } from 'typeorm';
import { PublicEntityService } from './public-entity/public-entity.service';
import { TerritoryService } from './territory/territory.service';

/** Services of the entities subgraph, created once at start. */
export interface EntitiesServices {
  territories: TerritoryService;
  publicEntities: PublicEntityService;
}

/** Returns the services over the subgraph's database. */
export function createServices({ dataSource }: { dataSource: DataSource }): EntitiesServices {
  return {
    territories: new TerritoryService(dataSource),
    publicEntities: new PublicEntityService(dataSource),
  };
}
