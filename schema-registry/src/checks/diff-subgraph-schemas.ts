import { buildSubgraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { ChangeCriticality, SchemaChange } from './checks.types';

/** Names federation adds to every subgraph's API: changes to them are not the publisher's. */
const FEDERATION_TYPES = new Set(['_Any', '_Entity', '_Service', '_FieldSet', 'FieldSet']);
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/**
 * Returns the changes from `previous` to `next` (two SDLs of the same subgraph), diffing
 * their API schemas with @graphql-inspector/core; federation's own elements are left out.
 */
export async function diffSubgraphSchemas(name: string, url: string, previous: DocumentNode, next: DocumentNode): Promise<SchemaChange[]> {
  const changes = await diff(apiSchema(name, url, previous), apiSchema(name, url, next));
  return changes.filter((change) => !isFederationChange(change)).map(toSchemaChange);
}

/** Returns the schema coordinate of an inspector path (`Query.citizen.ci` → `Query.citizen(ci:)`). */
export function coordinateOf(path: string | undefined): string {
  if (path === undefined || path === '') return '';
  const parts = path.split('.').filter((part) => !part.startsWith('@'));
  if (parts.length === 0) return path;
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) return `${parts[0]}.${parts[1]}`;
  return `${parts[0]}.${parts[1]}(${parts[2]}:)`;
}

function apiSchema(name: string, url: string, document: DocumentNode): GraphQLSchema {
  return buildSubgraph(name, url, document).schema.toAPISchema().toGraphQLJSSchema();
}

function isFederationChange(change: Change): boolean {
  const [type, field] = (change.path ?? '').split('.');
  if (type === undefined) return false;
  return FEDERATION_TYPES.has(type) || /__/.test(type) || (field !== undefined && FEDERATION_FIELDS.has(field));
}

function toSchemaChange(change: Change): SchemaChange {
  return { criticality: criticalityOf(change.criticality.level), type: change.type, coordinate: coordinateOf(change.path), message: change.message };
}

function criticalityOf(level: CriticalityLevel): ChangeCriticality {
  if (level === CriticalityLevel.Breaking) return 'BREAKING';
  if (level === CriticalityLevel.Dangerous) return 'DANGEROUS';
  return 'SAFE';
}
