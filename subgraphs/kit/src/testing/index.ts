export { startTestSubgraph, type TestSubgraph, type GraphQLResponse, type GraphQLErrorBody } from './start-test-subgraph';
export { FORBIDDEN, subgraphTestHelpers, citizenRepresentations, type GraphqlBody, type SubgraphTestHelpers } from './graphql-helpers';
