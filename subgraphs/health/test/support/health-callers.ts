import type { RequestContext } from '@egob/context-token';
import type { TestSubgraph } from '@egob/subgraph-kit/testing';

/** The demo citizen whose record the tests read. */
export const OWNER = '1234567';
/** Another demo citizen (index 5, a plain citizen). */
export const OTHER = '3000005';

/** Callers (context tokens as the gateway would sign them). */
export const callers = {
  owner: { subject: OWNER, roles: ['citizen'] } as Partial<RequestContext>,
  otherCitizen: { subject: OTHER, roles: ['citizen'] } as Partial<RequestContext>,
  anonymous: {} as Partial<RequestContext>,
  /** 3000001: staff of 200001 (Hospital de Clínicas, tercer nivel) and 200010 (Centro de Salud Senkata, primer nivel). */
  clinician: { subject: '3000001', roles: ['citizen', 'health:clinician'], actingEntity: 'MIN-SALUD', purpose: 'Atención médica' } as Partial<RequestContext>,
  /** 3000007: staff of 700001 (Hospital Universitario Japonés, tercer nivel). */
  secondClinician: { subject: '3000007', roles: ['citizen', 'health:clinician'], actingEntity: 'MIN-SALUD' } as Partial<RequestContext>,
  laborService: { subject: 'service:svc-labor', roles: ['service'], actingEntity: 'MIN-TRABAJO' } as Partial<RequestContext>,
};

/** The refusal every denied field gives. */
export const FORBIDDEN = { message: 'No autorizado: no tiene permiso para leer este dato.', code: 'FORBIDDEN' };

/** A GraphQL body whose data shape each test asserts exactly. */
export type GraphqlBody = { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }> };

export const OPEN_ATTENTION = `mutation ($input: OpenAttentionInput!) { openAttention(input: $input) { ok error { code message field } attention { id ci facility { code } openedAt expiresAt closedAt } } }`;

/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function healthTestHelpers(server: () => TestSubgraph<unknown>) {
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
    /** Opens an attention and returns its id (fails the test otherwise). */
    async openAttention(ci: string, facilityCode: string, context: Partial<RequestContext>): Promise<string> {
      const { status, body } = await server().post<any>(OPEN_ATTENTION, { input: { ci, facilityCode } }, { context });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.openAttention.ok).toBe(true);
      return body.data.openAttention.attention.id as string;
    },
  };
}

/** `_entities` over Citizen representations of `cis`, with `selection` on each. */
export function citizenEntities(selection: string): string {
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { ci ${selection} } } }`;
}

/** The representations of `cis`. */
export function citizenRepresentations(cis: string[]) {
  return cis.map((ci) => ({ __typename: 'Citizen', ci }));
}
