import type { RequestContext } from '@egob/context-token';
import type { TestSubgraph } from '@egob/subgraph-kit/testing';

/** The demo citizen (index 0): two employments, a visible profile, consent to labour reading her titles. */
export const DEMO = '1234567';
/** Demo citizen 5: a visible profile in 020101, no employment, no consent. */
export const PLAIN = '3000005';

/** Callers the labour tests share (context tokens, as the gateway would sign them for the demo accounts). */
export const callers = {
  owner: { subject: DEMO, roles: ['citizen'], requestId: 'req-owner' } as Partial<RequestContext>,
  plain: { subject: PLAIN, roles: ['citizen'] } as Partial<RequestContext>,
  otherCitizen: { subject: '3000003', roles: ['citizen'] } as Partial<RequestContext>,
  anonymous: {} as Partial<RequestContext>,
  inspector: { subject: '3000009', roles: ['citizen', 'labor:inspector'], actingEntity: 'MIN-TRABAJO', purpose: 'Inspección laboral', requestId: 'req-insp' } as Partial<RequestContext>,
  employer: { subject: '3000010', roles: ['citizen', 'labor:employer'], actingEntity: 'GAM-020101', requestId: 'req-emp' } as Partial<RequestContext>,
  otherEmployer: { subject: '3000011', roles: ['citizen', 'labor:employer'], actingEntity: 'GAM-070101' } as Partial<RequestContext>,
  clinician: { subject: '3000001', roles: ['citizen', 'health:clinician'], actingEntity: 'MIN-SALUD' } as Partial<RequestContext>,
};

/** The refusal every denied field gives. */
export const FORBIDDEN = { message: 'No autorizado: no tiene permiso para leer este dato.', code: 'FORBIDDEN' };

/** A GraphQL body whose data shape each test asserts exactly. */
export type GraphqlBody = { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }> };

/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function laborTestHelpers(server: () => TestSubgraph<unknown>) {
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

/** A Citizen read through `_entities`, as the gateway asks for it. */
export function citizenQuery(selection: string): string {
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { ${selection} } } }`;
}

/** The representation of a citizen. */
export function citizenRef(ci: string) {
  return { __typename: 'Citizen', ci };
}
