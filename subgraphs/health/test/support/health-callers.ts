import type { RequestContext } from '@egob/context-token';
import { subgraphTestHelpers, type TestSubgraph } from '@egob/subgraph-kit/testing';

export { FORBIDDEN, citizenRepresentations, type GraphqlBody } from '@egob/subgraph-kit/testing';

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

export const OPEN_ATTENTION = `mutation ($input: OpenAttentionInput!) { openAttention(input: $input) { ok error { code message field } attention { id ci facility { code } openedAt expiresAt closedAt } } }`;

/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function healthTestHelpers(server: () => TestSubgraph<unknown>) {
  return {
    ...subgraphTestHelpers(server),
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

