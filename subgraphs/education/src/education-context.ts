import type { SubgraphContext } from '@egob/subgraph-kit';
import type { EducationLoaders, EducationServices } from './services';

/** GraphQL context of the education subgraph. */
export type EducationContext = SubgraphContext<EducationServices, EducationLoaders>;
