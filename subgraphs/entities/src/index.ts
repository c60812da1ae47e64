import { defineSubgraph } from '@egob/subgraph-kit';
import { createLoaders } from './loaders';
import { CreateEntitiesTables1732600000000 } from './migrations/1732600000000-create-entities-tables';
import { PublicEntityEntity } from './public-entity/public-entity.entity';
import { PublicEntityResolver, resolvePublicEntityReference } from './public-entity/public-entity.resolver';
import { TerritoryPublicEntitiesResolver } from './public-entity/territory-public-entities.resolver';
import { rules } from './rules';
import { seed } from './seed';
import { createServices } from './services';
import { TerritoryEntity } from './territory/territory.entity';
import { resolveTerritoryReference, TerritoryResolver } from './territory/territory.resolver';

/** The entities subgraph: Territory (INE codes) and PublicEntity, Bolivia's public reference data. */
export default defineSubgraph({
  name: 'entities',
  owner: 'AGETIC',
  port: 4101,
  entities: [TerritoryEntity, PublicEntityEntity],
  migrations: [CreateEntitiesTables1732600000000],
  resolvers: [TerritoryResolver, PublicEntityResolver, TerritoryPublicEntitiesResolver],
  references: {
    Territory: resolveTerritoryReference,
    PublicEntity: resolvePublicEntityReference,
  },
  rules,
  services: createServices,
  loaders: createLoaders,
  seed,
});
