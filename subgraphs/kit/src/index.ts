import 'reflect-metadata';

export { defineSubgraph, type SubgraphDefinition } from './define-subgraph';
export type { Subgraph } from './subgraph-runtime';
export type { SubgraphContext } from './subgraph-context';
export { loadSubgraphConfig, type SubgraphConfig } from './config';
export type { SubgraphApp } from './server/subgraph.app';
export { SQL_STATEMENTS_HEADER } from './server/subgraph.app';
export { buildFederatedSchema, type FederatedSchema, type ReferenceResolver } from './schema/build-federated-schema';
export {
  isPublic,
  isGateway,
  allow,
  deny,
  and,
  or,
  not,
  chain,
  rule,
  findFieldsWithoutRule,
  type RuleMap,
} from './schema/rules';
export { Connection, PageInfo, PUBLIC_TAG, MAX_PAGE_SIZE, assertPageSize, toPage, type Page } from './pagination/connection';
export { badUserInput } from './errors/bad-user-input';
export { encodeCursor, decodeCursor } from './pagination/cursor';
export type { SeedContext, SeedFunction } from './seed/seed-runner';
export type { SeedProgress } from './seed/seed-progress';
export { publishSchema, type PublishOutcome, type SchemaPublication } from './registry/publish-schema';
export { textColumnType } from '@egob/database';
export { messages as kitMessages } from './messages';
