import type { RequestContext } from '@egob/context-token';
import { demoCitizenAt } from '@egob/demo-data';
import { subgraphTestHelpers, type TestSubgraph } from '@egob/subgraph-kit/testing';

export { FORBIDDEN, type GraphqlBody } from '@egob/subgraph-kit/testing';

/** The demo citizen whose data the identity tests read. */
export const OWNER = '1234567';
/** Callers the consent and mailbox tests share (context tokens, as the gateway would sign them). */
export const callers = {
  owner: { subject: OWNER, roles: ['citizen'] } as Partial<RequestContext>,
  otherCitizen: { subject: demoCitizenAt(1).ci, roles: ['citizen'] } as Partial<RequestContext>,
  anonymous: {} as Partial<RequestContext>,
  educationService: { subject: 'service:svc-education', roles: ['service'], actingEntity: 'MIN-EDUCACION' } as Partial<RequestContext>,
};
/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function identityTestHelpers(server: () => TestSubgraph<unknown>) {
  return subgraphTestHelpers(server);
}
