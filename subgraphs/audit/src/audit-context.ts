import type { SubgraphContext } from '@egob/subgraph-kit';
import type { AuditLoaders, AuditServices } from './services';

/** GraphQL context of the audit subgraph. */
export type AuditContext = SubgraphContext<AuditServices, AuditLoaders>;
