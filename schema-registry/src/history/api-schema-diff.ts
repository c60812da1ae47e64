import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import type { SchemaChange } from '../checks/checks.types';
import { coordinateOf } from '../checks/diff-subgraph-schemas';

export type { SchemaChange };

/** Returns the API schema (what clients see) of a supergraph SDL. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Returns the changes from one supergraph's API schema to another's (@graphql-inspector/core), shaped as the checks' changes. */
export async function diffApiSchemas(fromSupergraphSdl: string, toSupergraphSdl: string): Promise<SchemaChange[]> {
  const changes = await diff(apiSchemaOf(fromSupergraphSdl), apiSchemaOf(toSupergraphSdl));
  return changes.map(toSchemaChange);
}

function toSchemaChange(change: Change): SchemaChange {
  const level = change.criticality.level;
  const criticality = level === CriticalityLevel.Breaking ? 'BREAKING' : level === CriticalityLevel.Dangerous ? 'DANGEROUS' : 'SAFE';
  return { criticality, type: String(change.type), coordinate: coordinateOf(change.path), message: change.message };
}
