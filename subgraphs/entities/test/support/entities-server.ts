import { CONTEXT_TOKEN_HEADER } from '@egob/context-token';
import { SQL_STATEMENTS_HEADER, type SubgraphApp } from '@egob/subgraph-kit';
import { createTestDatabase, createTestKeys, type TestDatabase, type TestKeys } from '@egob/test-kit';
import subgraph from '@egob/entities';

/** One GraphQL error as the subgraph sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; argumentName?: string };
}

/** A GraphQL response: `T` is the shape of `data` the test expects. */
export interface GraphQLResponse<T> {
  status: number;
  /** SQL statements the request ran (x-egob-sql-statements). */
  sqlStatements: number;
  body: { data?: T | null; errors?: GraphQLErrorBody[] };
}

/** A seeded entities subgraph listening on a free port, over a fresh database. */
export interface EntitiesServer {
  app: SubgraphApp<unknown>;
  db: TestDatabase;
  keys: TestKeys;
  url: string;
  /** POSTs a query with a valid context token (`token: null` sends none). */
  post<T>(query: string, variables?: Record<string, unknown>, options?: { token?: string | null }): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** Starts the subgraph the way its process does (kit config, migrations, seed) on a fresh database. */
export async function startEntitiesServer(label: string): Promise<EntitiesServer> {
  const db = await createTestDatabase(label);
  const keys = await createTestKeys();
  const app = await subgraph.createApp(
    subgraph.loadConfig({ DATABASE_URL: db.url, PORT: '0', CONTEXT_TOKEN_PUBLIC_KEYS: keys.publicKeyPem, REGISTRY_PUBLISH: 'false' }),
  );
  await app.seed(1);
  const running = await app.start();
  const url = running.graphqlUrl;
  return {
    app,
    db,
    keys,
    url,
    async post<T>(query: string, variables: Record<string, unknown> = {}, options: { token?: string | null } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const token = options.token === undefined ? await keys.token('entities') : options.token;
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
