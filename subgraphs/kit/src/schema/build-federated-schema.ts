import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { shield, type IRules } from 'graphql-shield';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { createAuditMiddleware } from '../audit/audit.middleware';
import type { PersonalDataMap } from '../audit/personal-data';
import type { SubgraphContext } from '../subgraph-context';
import { fallbackRule, findFieldsWithoutRule, forbiddenError, mergeRules } from './rules';

/** Federation 2 directives a subgraph may use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@override"])';

/** Resolves an entity from its key fields, for the gateway's `_entities` calls. */
// The representation's shape is the entity's key: each subgraph narrows it.
export type ReferenceResolver = (reference: any, context: SubgraphContext<any, any>) => unknown;

/** Options of buildFederatedSchema. */
export interface BuildFederatedSchemaOptions {
  // type-graphql takes resolver classes as plain constructors.
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** Reference resolvers by type name. */
  references?: Record<string, ReferenceResolver>;
  rules: IRules;
  /** Types whose field reads are recorded for the audit log (see SubgraphDefinition.personalData). */
  personalData?: PersonalDataMap;
}

/** The schema as served (with rules) and as published (the SDL, no rules needed). */
export interface FederatedSchema {
  schema: GraphQLSchema;
  /** Subgraph SDL with federation directives, as sent to the registry. */
  sdl: string;
}

/**
 * Builds a federated schema from type-graphql classes: prints them with directives,
 * feeds @apollo/subgraph, adds reference resolvers, then applies graphql-shield with
 * deny by default, and inside it the audit middleware on personal-data types (only fields
 * the rules allowed are recorded). Throws when a field has no rule.
 */
export async function buildFederatedSchema(options: BuildFederatedSchemaOptions): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    // Federation directives are declared by @apollo/subgraph, not by type-graphql.
    skipCheck: true,
    validate: { forbidUnknownValues: false },
  });
  const resolverMap = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.references ?? {})) {
    const existing = (resolverMap[typeName] ?? {}) as Record<string, unknown>;
    resolverMap[typeName] = { ...existing, __resolveReference: resolveReference } as GraphQLResolverMap<unknown>[string];
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const subgraphSchema = buildSubgraphSchema([{ typeDefs, resolvers: resolverMap }]);

  const rules = mergeRules(options.rules, subgraphSchema);
  const missing = findFieldsWithoutRule(subgraphSchema, rules);
  if (missing.length > 0) {
    throw new Error(`fields without an access rule (add them to rules.ts): ${missing.join(', ')}`);
  }
  const rulesMiddleware = shield(rules, {
    fallbackRule,
    allowExternalErrors: true,
    fallbackError: () => forbiddenError(),
    debug: false,
  });
  const personalData = options.personalData ?? {};
  // The first middleware is the outermost: the rules decide before a read is recorded.
  const guarded =
    Object.keys(personalData).length === 0
      ? applyMiddleware(subgraphSchema, rulesMiddleware)
      : applyMiddleware(subgraphSchema, rulesMiddleware, createAuditMiddleware(subgraphSchema, personalData));
  return { schema: guarded, sdl: printSubgraphSchema(subgraphSchema) };
}
