// The rig is run, not imported (dist/main.js); these are its reusable parts.
export { createFixtureSubgraphs, FIXTURE_SUBGRAPH_NAMES, type FixtureSubgraph, type FixtureSubgraphName } from './fixture/fixture-subgraphs';
export { startFixtureSubgraph, type RunningFixtureSubgraph, type FixtureSubgraphStats } from './fixture/fixture-server';
export { composeFixtureSupergraph } from './supergraph/compose-fixture-supergraph';
export { HEAVY_QUERY, DISTINCT_QUERY, PROBE_QUERY, MALFORMED_BODIES } from './queries';
