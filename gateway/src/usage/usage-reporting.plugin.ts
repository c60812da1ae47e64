import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { LruCache } from './lru-cache';
import { collectSchemaCoordinates } from './schema-coordinates';
import type { UsageReporter } from './usage-reporter';

/** Header naming the client application (egob's own). */
export const CLIENT_NAME_HEADER = 'x-egob-client-name';
/** Header naming the client application as Apollo's clients send it; used when egob's is absent. */
export const APOLLO_CLIENT_NAME_HEADER = 'apollographql-client-name';
/** Header carrying the client application's version. */
export const CLIENT_VERSION_HEADER = 'x-egob-client-version';

/** Options of createUsageReportingPlugin. */
export interface UsageReportingPluginOptions {
  reporter: Pick<UsageReporter, 'record'>;
  /** Documents whose coordinates are remembered (1,000). */
  cacheSize?: number;
}

interface CoordinateList {
  coordinates: readonly string[];
  key: string;
}

const MAX_CLIENT_FIELD_LENGTH = 100;
// Control characters would let a client forge lines in logs and in the catalogue.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Returns an Apollo Server plugin that records, for every operation that passed
 * validation, its name, the client's name and version, and the schema coordinates
 * it used in the API schema. Coordinates are computed once per document and schema
 * (bounded LRU), so a hot query costs a map lookup.
 */
export function createUsageReportingPlugin<TContext extends BaseContext>(options: UsageReportingPluginOptions): ApolloServerPlugin<TContext> {
  const { reporter } = options;
  const cache = new LruCache<string, CoordinateList>(options.cacheSize ?? 1_000);
  let cachedFor: GraphQLSchema | null = null;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, queryHash, operationName, request }) {
          if (schema !== cachedFor) {
            // A hot-swapped supergraph may give the same document other coordinates.
            cache.clear();
            cachedFor = schema;
          }
          const cacheKey = `${queryHash}\n${operationName ?? ''}`;
          let list = cache.get(cacheKey);
          if (!list) {
            const coordinates = collectSchemaCoordinates(schema, document, operationName);
            list = { coordinates, key: coordinates.join(' ') };
            cache.set(cacheKey, list);
          }
          // Only __typename or introspection: nothing the registry could break.
          if (list.coordinates.length === 0) return;
          const headers = request.http?.headers;
          reporter.record({
            operationName,
            clientName: clientField(headers?.get(CLIENT_NAME_HEADER)) ?? clientField(headers?.get(APOLLO_CLIENT_NAME_HEADER)),
            clientVersion: clientField(headers?.get(CLIENT_VERSION_HEADER)),
            coordinates: list.coordinates,
            coordinatesKey: list.key,
          });
        },
      };
    },
  };
}

function clientField(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed || CONTROL_CHARACTERS.test(trimmed)) return null;
  return trimmed.slice(0, MAX_CLIENT_FIELD_LENGTH);
}
