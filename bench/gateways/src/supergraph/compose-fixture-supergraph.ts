import { composeServices } from '@apollo/composition';
import { createFixtureSubgraphs, type FixtureSubgraphName } from '../fixture/fixture-subgraphs';

/** Returns the supergraph SDL of the four fixture subgraphs served at `urls`; throws on composition errors. */
export function composeFixtureSupergraph(urls: Record<FixtureSubgraphName, string>): string {
  const result = composeServices(
    createFixtureSubgraphs().map((subgraph) => ({ name: subgraph.name, url: urls[subgraph.name], typeDefs: subgraph.typeDefs })),
  );
  if (result.errors) throw new Error(`the fixture subgraphs do not compose:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}
