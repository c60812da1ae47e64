import type { SubgraphContext } from '@egob/subgraph-kit';
import type { JusticeLoaders, JusticeServices } from './services';

/** GraphQL context of the justice subgraph. */
export type JusticeContext = SubgraphContext<JusticeServices, JusticeLoaders>;
