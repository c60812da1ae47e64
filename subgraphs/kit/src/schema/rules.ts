import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { allow, deny, rule } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import type { SubgraphContext } from '../subgraph-context';
import { messages } from '../messages';

export { allow, deny, and, or, not, chain, rule } from 'graphql-shield';
export type { IRules as RuleMap, IRule as Rule } from 'graphql-shield';

/** Public data: anyone the gateway lets through (also anonymous citizens). */
export const isPublic: typeof allow = allow;

/** True for any request carrying a valid context token (the kit refuses all others before this point). */
export const isGateway: IRule = rule({ cache: 'contextual' })((_parent, _args, ctx: SubgraphContext) =>
  Boolean(ctx?.request?.requestId),
);

/**
 * The error every refused field returns. Without a stack trace: rules combined with `or`
 * build one for every alternative that does not apply (a citizen reading her own record
 * meets several), the stack says nothing to anyone, and capturing it was a measurable
 * share of a subgraph's time per request.
 */
export function forbiddenError(): GraphQLError {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(messages.forbidden, { extensions: { code: 'FORBIDDEN' } });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * Merges the subgraph's rule map with the kit's: the federation entry points
 * (`_service`, and `_entities` when the subgraph has entities) are reachable only
 * through the gateway.
 */
export function mergeRules(own: IRules, schema: GraphQLSchema): IRules {
  const merged = { ...(own as Record<string, Record<string, unknown>>) };
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  const federationFields = Object.fromEntries(
    ['_service', '_entities'].filter((field) => field in queryFields).map((field) => [field, isGateway]),
  );
  const ownQuery = merged.Query as unknown;
  // A rule for the whole Query type covers its fields; only the federation fields are added beside it.
  merged.Query = typeof ownQuery === 'object' && ownQuery !== null && isRuleObject(ownQuery)
    ? { ...Object.fromEntries(Object.keys(queryFields).map((field) => [field, ownQuery])), ...federationFields }
    : { ...federationFields, ...((ownQuery as Record<string, unknown>) ?? {}) };
  if (schema.getType('_Service')) merged._Service = isGateway as unknown as Record<string, unknown>;
  return merged as IRules;
}

/**
 * Returns the coordinates (`Type.field`) of object fields that no rule names. The kit
 * refuses to start a subgraph with any: deny by default must be a decision, not an accident.
 */
export function findFieldsWithoutRule(schema: GraphQLSchema, rules: IRules): string[] {
  const map = rules as Record<string, unknown>;
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRule = map[type.name];
    // A rule object (from rule()/allow/and…) covers the whole type; a plain object names fields.
    if (typeRule !== undefined && (typeof typeRule !== 'object' || typeRule === null || isRuleObject(typeRule))) continue;
    for (const field of Object.keys(type.getFields())) {
      const fieldRules = typeRule as Record<string, unknown> | undefined;
      if (!fieldRules || fieldRules[field] === undefined) missing.push(`${type.name}.${field}`);
    }
  }
  return missing;
}

function isRuleObject(value: object): boolean {
  return typeof (value as { resolve?: unknown }).resolve === 'function';
}

/** The fallback of every shield: deny. */
export const fallbackRule: typeof deny = deny;
