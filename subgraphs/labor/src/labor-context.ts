import type { SubgraphContext } from '@egob/subgraph-kit';
import type { LaborLoaders, LaborServices } from './services';

/** GraphQL context of the labour subgraph. */
export type LaborContext = SubgraphContext<LaborServices, LaborLoaders>;
