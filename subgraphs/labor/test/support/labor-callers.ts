import type { RequestContext } from '@egob/context-token';
import { subgraphTestHelpers, type TestSubgraph } from '@egob/subgraph-kit/testing';

export { FORBIDDEN, type GraphqlBody } from '@egob/subgraph-kit/testing';

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

/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function laborTestHelpers(server: () => TestSubgraph<unknown>) {
  return subgraphTestHelpers(server);
}

/** A Citizen read through `_entities`, as the gateway asks for it. */
export function citizenQuery(selection: string): string {
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { ${selection} } } }`;
}

/** The representation of a citizen. */
export function citizenRef(ci: string) {
  return { __typename: 'Citizen', ci };
}
