import type { SubgraphDefinition } from './subgraph-definition';
import { createSubgraphRuntime, type Subgraph } from './subgraph-runtime';

export type { SubgraphDefinition } from './subgraph-definition';

/** Returns the runnable subgraph (createApp for tests, main for its process) of a definition. */
export function defineSubgraph<TServices, TLoaders>(definition: SubgraphDefinition<TServices, TLoaders>): Subgraph<TServices, TLoaders> {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) throw new Error(`invalid subgraph name: ${definition.name}`);
  return createSubgraphRuntime(definition);
}
