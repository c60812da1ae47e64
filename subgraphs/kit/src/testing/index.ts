export { startTestSubgraph, type TestSubgraph, type GraphQLResponse, type GraphQLErrorBody } from './start-test-subgraph';
