import type { isGateway } from '@egob/subgraph-kit';

/** A graphql-shield rule (the kit exports its rules but not their type: this names it). */
export type AccessRule = typeof isGateway;

/** Platform role of service accounts (client-credentials tokens of a subgraph or an entity's system). */
export const SERVICE_ROLE = 'service';
