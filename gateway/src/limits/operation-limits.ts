import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

/** Limits on the shape of an operation, checked before it is planned. */
export interface OperationLimitsOptions {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
}

/** graphql-armor's protections for Apollo Server: what to add to its `plugins` and `validationRules`. */
export interface OperationLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/**
 * Returns graphql-armor's depth, alias, cost and directive limits for Apollo
 * Server. Refusals name the limit and the value found (`exposeLimits`): the limits are
 * in the README anyway, and a developer must know which one a query broke. Field
 * suggestions are not blocked here: schemaExplorationPlugin decides per user.
 */
export function createOperationLimits(options: OperationLimitsOptions): OperationLimits {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: options.maxDepth, exposeLimits: true, ignoreIntrospection: true },
    maxAliases: { n: options.maxAliases, exposeLimits: true },
    // Counted by assertTokenLimit before Apollo: armor's Apollo plugin turns every syntax error into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: options.maxCost, exposeLimits: true, ignoreIntrospection: true },
    maxDirectives: { n: options.maxDirectives, exposeLimits: true },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules };
}
