import type { SubgraphContext } from '@egob/subgraph-kit';
import type { HealthLoaders } from './loaders';
import type { HealthServices } from './services';

/** GraphQL context of the health subgraph. */
export type HealthContext = SubgraphContext<HealthServices, HealthLoaders>;
