import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { canExploreSchema } from '../auth/privileged-roles';
import type { GatewayContext } from '../context/gateway-context';
import { MESSAGES } from '../http/messages';

const SUGGESTION = /\s*Did you mean .+\?/g;

/**
 * Returns an Apollo plugin for production mode: users who are not developers or
 * platform admins get no introspection (`__schema`, `__type`; `__typename` stays) and
 * no "Did you mean …?" hints in validation errors, so the schema cannot be mapped by
 * guessing. Developers and admins keep both.
 */
export function createSchemaExplorationPlugin(): ApolloServerPlugin<GatewayContext> {
  // The document store hands out the same DocumentNode for a hot document: check it once per schema.
  let checkedFor: GraphQLSchema | null = null;
  let introspects = new WeakMap<DocumentNode, boolean>();
  const isIntrospection = (schema: GraphQLSchema, document: DocumentNode): boolean => {
    if (schema !== checkedFor) {
      checkedFor = schema;
      introspects = new WeakMap();
    }
    let found = introspects.get(document);
    if (found === undefined) {
      found = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
      introspects.set(document, found);
    }
    return found;
  };
  return {
    async requestDidStart({ contextValue }) {
      if (canExploreSchema(contextValue.egob)) return;
      return {
        async didResolveOperation({ schema, document }) {
          if (!isIntrospection(schema, document)) return;
          throw new GraphQLError(MESSAGES.introspectionDisabled, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}

/** Returns `message` without graphql-js's "Did you mean …?" hints (what restricted callers see). */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
