import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import { createUsageReportingPlugin } from '../src/usage/usage-reporting.plugin';
import type { UsageRecord } from '../src/usage/usage-reporter';

const schemaV1 = buildSchema('type Query { a(x: Int): Int b: Int }');
const schemaV2 = buildSchema('type Query { a(x: Int): Int b: Int c: Int }');

describe('usage reporting plugin', () => {
  const records: UsageRecord[] = [];
  const plugin = createUsageReportingPlugin({ reporter: { record: (usage) => records.push(usage) }, cacheSize: 2 });

  beforeEach(() => {
    records.length = 0;
  });

  /** Runs didResolveOperation as Apollo would for one request. */
  async function resolve(options: {
    schema?: GraphQLSchema;
    query: string;
    queryHash: string;
    operationName?: string | null;
    headers?: Record<string, string>;
  }) {
    const headers = new HeaderMap(Object.entries(options.headers ?? {}));
    // The plugin reads only these fields; the rest of Apollo's request context is irrelevant here.
    const context = {
      schema: options.schema ?? schemaV1,
      document: parse(options.query),
      queryHash: options.queryHash,
      operationName: options.operationName ?? null,
      request: { http: { headers, method: 'POST', search: '', body: {} } },
    } as unknown as GraphQLRequestContextDidResolveOperation<Record<string, never>>;
    const listener = (await plugin.requestDidStart!(context as never)) as GraphQLRequestListener<Record<string, never>>;
    await listener.didResolveOperation!(context);
  }

  it('records operation, client name and version from the egob headers, falling back to Apollo client name', async () => {
    const q = { query: 'query Q { a(x: 1) }', queryHash: 'h1', operationName: 'Q' };
    await resolve({ ...q, headers: { 'x-egob-client-name': ' portal ', 'x-egob-client-version': '1.2.0' } });
    await resolve({ ...q, headers: { 'apollographql-client-name': 'movil' } });
    await resolve({ query: '{ b }', queryHash: 'h2', headers: { 'x-egob-client-name': 'bad\nname', 'apollographql-client-name': 'movil' } });
    const a = { coordinates: ['Query.a', 'Query.a(x:)'], coordinatesKey: 'Query.a Query.a(x:)' };
    expect(records).toEqual([
      { operationName: 'Q', clientName: 'portal', clientVersion: '1.2.0', ...a },
      { operationName: 'Q', clientName: 'movil', clientVersion: null, ...a },
      { operationName: null, clientName: 'movil', clientVersion: null, coordinates: ['Query.b'], coordinatesKey: 'Query.b' },
    ]);
  });

  it('computes coordinates once per document hash and schema: a hot query is a cache lookup', async () => {
    await resolve({ query: '{ a }', queryHash: 'hot' });
    // Same hash, other text: only a cache hit can still say Query.a.
    await resolve({ query: '{ b }', queryHash: 'hot' });
    expect(records.map((r) => r.coordinates)).toEqual([['Query.a'], ['Query.a']]);
    // A hot-swapped schema starts a fresh cache.
    await resolve({ schema: schemaV2, query: '{ c }', queryHash: 'hot' });
    expect(records[2]!.coordinates).toEqual(['Query.c']);
  });

  it('forgets the least recently used documents past its size', async () => {
    await resolve({ schema: schemaV2, query: '{ a }', queryHash: 'x' });
    await resolve({ schema: schemaV2, query: '{ b }', queryHash: 'y' });
    await resolve({ schema: schemaV2, query: '{ c }', queryHash: 'z' });
    await resolve({ schema: schemaV2, query: '{ c }', queryHash: 'x' });
    expect(records.map((r) => r.coordinates)).toEqual([['Query.a'], ['Query.b'], ['Query.c'], ['Query.c']]);
  });

  it('records nothing for an operation that only asks __typename or introspection', async () => {
    await resolve({ query: '{ __typename __schema { types { name } } }', queryHash: 'intro' });
    expect(records).toEqual([]);
  });
});
