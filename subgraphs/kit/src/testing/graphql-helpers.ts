import type { RequestContext } from '@egob/context-token';
import { messages } from '../messages';
import type { TestSubgraph } from './start-test-subgraph';

/** The refusal every denied field gives, as `refusal()` returns it. */
export const FORBIDDEN = { message: messages.forbidden, code: 'FORBIDDEN' };

/** A GraphQL body whose data shape each test asserts exactly. */
export type GraphqlBody = { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }> };

/** What `subgraphTestHelpers` returns. */
export interface SubgraphTestHelpers {
  /** POSTs with a context token for `context`; throws unless the answer is HTTP 200. */
  gql(query: string, variables: Record<string, unknown>, context: Partial<RequestContext>): Promise<GraphqlBody>;
  /** The errors of a body as { message, code }. */
  refusal(body: GraphqlBody): Array<{ message: string; code: string | undefined }> | undefined;
  /** Rows of a table (to prove a refusal wrote nothing). */
  count(table: string): Promise<number>;
}

/** Returns the helpers every subgraph's tests share, over the test file's server (read lazily: it starts in beforeAll). */
export function subgraphTestHelpers(server: () => TestSubgraph<unknown>): SubgraphTestHelpers {
  return {
    async gql(query, variables, context) {
      const { status, body } = await server().post<unknown>(query, variables, { context });
      if (status !== 200) throw new Error(`expected HTTP 200, got ${status}: ${JSON.stringify(body).slice(0, 500)}`);
      return body as GraphqlBody;
    },
    refusal(body) {
      return body.errors?.map((error) => ({ message: error.message, code: error.extensions?.code }));
    },
    async count(table) {
      const rows: Array<{ n: number | string }> = await server().app.database.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(rows[0]!.n);
    },
  };
}

/** The `_entities` representations of Citizens by CI, as the gateway sends them. */
export function citizenRepresentations(cis: readonly string[]): Array<{ __typename: 'Citizen'; ci: string }> {
  return cis.map((ci) => ({ __typename: 'Citizen', ci }));
}
