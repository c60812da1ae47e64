import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@egob/context-token';
import { getVariableValues, Kind, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';
import { MeteredLruCache, type CacheStats } from '../cache/metered-lru-cache';
import type { GatewayContext } from '../context/gateway-context';
import type { GraphqlHttpRequest } from './graphql-http-request';
import { withoutStackTraces } from './without-stack-traces';

/** Options of createVariablePrecheck. */
export interface VariablePrecheckOptions {
  /** Operations remembered. */
  cacheSize: number;
  /**
   * Whether production's exploration rules apply to `context` (no introspection, no
   * "Did you mean" hints): the one step before execution whose outcome depends on the caller.
   */
  explorationRestricted(context: RequestContext): boolean;
  /** What those rules make of an error message (hints removed). */
  restrictMessage(message: string): string;
}

/** Coerces the variables of operations Apollo already ran, before Apollo runs them again. */
export interface VariablePrecheck {
  /** Remembers every operation that reached execution (passed parsing, validation and the plugins' checks). */
  plugin: ApolloServerPlugin<GatewayContext>;
  /**
   * Returns the errors Apollo would answer (400) for the request's variables, or null:
   * variables that coerce, an operation not yet run under the current schema for this
   * kind of caller, or a request this does not judge.
   */
  errorsOf(request: GraphqlHttpRequest, context: RequestContext): GraphQLFormattedError[] | null;
  stats(): CacheStats;
}

// Longer documents are left to Apollo: a key holds the whole text.
const MAX_KEYED_LENGTH = 16_384;

/**
 * Returns the variable pre-check. A registered operation sent with a variable of the
 * wrong type used to run Apollo's whole pipeline up to @apollo/gateway's own coercion
 * (`getVariableValues`, in its executor) to be refused; the pre-check runs that same
 * coercion first, for operations known to reach execution under the current schema, and
 * answers what Apollo would: the same messages and locations, code BAD_USER_INPUT,
 * hints removed for restricted callers. Operations are remembered per kind of caller
 * (restricted or not), bounded (LRU), forgotten when the supergraph changes.
 */
export function createVariablePrecheck(options: VariablePrecheckOptions): VariablePrecheck {
  // Variable definitions of the operations that reached execution under the current schema, by caller kind, name and text.
  const operations = new MeteredLruCache<readonly VariableDefinitionNode[]>(options.cacheSize);
  let currentSchema: GraphQLSchema | null = null;
  const keyOf = (restricted: boolean, operationName: unknown, query: string) =>
    `${restricted ? 'r' : 'o'}${typeof operationName === 'string' ? operationName : ''}\n${query}`;
  return {
    stats: () => operations.stats(),
    plugin: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ apiSchema }) {
            currentSchema = apiSchema;
            operations.clear();
          },
        };
      },
      async requestDidStart() {
        return {
          async executionDidStart({ request, operation, schema, contextValue }) {
            const query = request.query;
            if (operation === undefined || query === undefined || query.length > MAX_KEYED_LENGTH || schema !== currentSchema) return;
            const key = keyOf(options.explorationRestricted(contextValue.egob), request.operationName, query);
            operations.put(key, operation.variableDefinitions ?? []);
          },
        };
      },
    },
    errorsOf(request, context) {
      const body = request.body as Record<string, unknown>;
      const { query, variables } = body;
      if (typeof query !== 'string' || query.length > MAX_KEYED_LENGTH) return null;
      const restricted = options.explorationRestricted(context);
      const definitions = operations.peek(keyOf(restricted, body.operationName, query));
      // Entries exist only for the current schema (emptied when it changes).
      const schema = currentSchema;
      if (definitions === undefined || definitions.length === 0 || schema === null) return null;
      const inputs = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {};
      const { errors } = withoutStackTraces(() => getVariableValues(schema, definitions, inputs));
      // Any error Apollo would not call the user's (the "too many errors" notice) goes through Apollo.
      if (errors === undefined || !errors.every(isBadUserInput)) return null;
      return errors.map((error) => ({
        message: restricted ? options.restrictMessage(error.message) : error.message,
        ...(error.locations && { locations: error.locations }),
        extensions: { code: 'BAD_USER_INPUT' },
      }));
    },
  };
}

/** Apollo Server's test for a variable coercion error (requestPipeline's isBadUserInputGraphQLError). */
function isBadUserInput(error: GraphQLError): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return false;
  const variable = `Variable "$${node.variable.name.value}" `;
  return (
    error.message.startsWith(`${variable}has invalid value`) ||
    error.message.startsWith(`${variable}got invalid value `) ||
    error.message.startsWith(`${variable}of required type `) ||
    error.message.startsWith(`${variable}of non-null type `)
  );
}
