import type { SubgraphContext } from '@egob/subgraph-kit';
import type { IdentityLoaders, IdentityServices } from './services';

/** GraphQL context of the identity subgraph. */
export type IdentityContext = SubgraphContext<IdentityServices, IdentityLoaders>;
