import type { RequestContext } from '@egob/context-token';
import { demoCitizenAt } from '@egob/demo-data';
import type { TestSubgraph } from '@egob/subgraph-kit/testing';

/** The demo citizen whose data the identity tests read. */
export const OWNER = '1234567';
/** Callers the consent and mailbox tests share (context tokens, as the gateway would sign them). */
export const callers = {
  owner: { subject: OWNER, roles: ['citizen'] } as Partial<RequestContext>,
  otherCitizen: { subject: demoCitizenAt(1).ci, roles: ['citizen'] } as Partial<RequestContext>,
  anonymous: {} as Partial<RequestContext>,
  educationService: { subject: 'service:svc-education', roles: ['service'], actingEntity: 'MIN-EDUCACION' } as Partial<RequestContext>,
};
/** The refusal every denied field gives. */
export const FORBIDDEN = { message: 'No autorizado: no tiene permiso para leer este dato.', code: 'FORBIDDEN' };

/** A GraphQL body whose data shape each test asserts exactly. */
export type GraphqlBody = { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function identityTestHelpers(server: () => TestSubgraph<unknown>) {
  return {
    /** POSTs with a context token for `context` and expects HTTP 200. */
    async gql(query: string, variables: Record<string, unknown>, context: Partial<RequestContext>): Promise<GraphqlBody> {
      const { status, body } = await server().post<any>(query, variables, { context });
      expect(status).toBe(200);
      return body as GraphqlBody;
    },
    /** The errors of a body as { message, code }. */
    refusal(body: GraphqlBody) {
      return body.errors?.map((error) => ({ message: error.message, code: error.extensions?.code }));
    },
    /** Rows of a table (to prove a refusal wrote nothing). */
    async count(table: string): Promise<number> {
      const rows: Array<{ n: number | string }> = await server().app.database.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(rows[0]!.n);
    },
  };
}
