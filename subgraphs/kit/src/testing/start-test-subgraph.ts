import { CONTEXT_TOKEN_HEADER, type RequestContext } from '@egob/context-token';
import { createTestDatabase, createTestKeys, type TestDatabase, type TestKeys } from '@egob/test-kit';
import { SQL_STATEMENTS_HEADER, type SubgraphApp } from '../server/subgraph.app';
import type { Subgraph } from '../subgraph-runtime';

/** One GraphQL error as a subgraph sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; argumentName?: string; [key: string]: unknown };
}

/** A GraphQL response: `T` is the shape of `data` the test expects. */
export interface GraphQLResponse<T> {
  status: number;
  /** SQL statements the request ran (x-egob-sql-statements). */
  sqlStatements: number;
  body: { data?: T | null; errors?: GraphQLErrorBody[] };
}

/** A seeded subgraph listening on a free port over a fresh database (SQLite, or MariaDB with EGOB_TEST_DB=mysql). */
export interface TestSubgraph<TServices> {
  app: SubgraphApp<TServices>;
  db: TestDatabase;
  keys: TestKeys;
  url: string;
  /** POSTs a query with a valid context token for this subgraph (`token: null` sends none, a string sends that one). */
  post<T>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; context?: Partial<RequestContext> },
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * Starts `subgraph` the way its process does (config, migrations, seed of `citizens`) for
 * one test file. The audit forwarder is off unless `env` turns it on (AUDIT_FORWARD):
 * tests forward with `app.flushAudit()`. `keys` reuses another test subgraph's gateway keys.
 */
export async function startTestSubgraph<TServices, TLoaders>(
  subgraph: Subgraph<TServices, TLoaders>,
  options: { label?: string; citizens?: number; env?: Record<string, string>; keys?: TestKeys } = {},
): Promise<TestSubgraph<TServices>> {
  const name = subgraph.definition.name;
  const db = await createTestDatabase(options.label ?? name);
  const keys = options.keys ?? (await createTestKeys());
  const app = await subgraph.createApp(
    subgraph.loadConfig({
      DATABASE_URL: db.url,
      PORT: '0',
      CONTEXT_TOKEN_PUBLIC_KEYS: keys.publicKeyPem,
      REGISTRY_PUBLISH: 'false',
      AUDIT_FORWARD: 'false',
      ...options.env,
    }),
  );
  await app.seed(options.citizens ?? 1);
  const { graphqlUrl: url } = await app.start();
  return {
    app,
    db,
    keys,
    url,
    async post<T>(query: string, variables: Record<string, unknown> = {}, postOptions: { token?: string | null; context?: Partial<RequestContext> } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const token = postOptions.token === undefined ? await keys.token(name, postOptions.context) : postOptions.token;
      if (token !== null) headers[CONTEXT_TOKEN_HEADER] = token;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return {
        status: response.status,
        sqlStatements: Number(response.headers.get(SQL_STATEMENTS_HEADER)),
        body: (await response.json()) as GraphQLResponse<T>['body'],
      };
    },
    async stop() {
      await app.stop();
      await db.drop();
    },
  };
}
