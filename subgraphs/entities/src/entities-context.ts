import type { SubgraphContext } from '@egob/subgraph-kit';
import type { EntitiesLoaders } from './loaders';
import type { EntitiesServices } from './services';

/** GraphQL context of the entities subgraph. */
export type EntitiesContext = SubgraphContext<EntitiesServices, EntitiesLoaders>;
