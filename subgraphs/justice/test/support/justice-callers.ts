import type { RequestContext } from '@egob/context-token';
import { subgraphTestHelpers, type TestSubgraph } from '@egob/subgraph-kit/testing';

export { FORBIDDEN, type GraphqlBody } from '@egob/subgraph-kit/testing';

/** The demo citizen (index 0) and her one case. */
export const DEMO_CI = '1234567';
export const DEMO_CASE = 'LPZ-CIV-03-2025-000001';

/** Callers the justice tests share (context tokens, as the gateway would sign them). */
export const callers = {
  demo: { subject: DEMO_CI, roles: ['citizen'] } as Partial<RequestContext>,
  /** Demo citizen 12 (CI 3000012): main party of a seeded case, against demo citizen 11. */
  party12: { subject: '3000012', roles: ['citizen'] } as Partial<RequestContext>,
  /** Demo citizen 5: a plain citizen with no case. */
  otherCitizen: { subject: '3000005', roles: ['citizen'] } as Partial<RequestContext>,
  /** Demo citizen 8: the judicial clerk, acting for the OJ. */
  clerk: { subject: '3000008', roles: ['citizen', 'justice:clerk'], actingEntity: 'OJ', purpose: 'Despacho de causas', requestId: 'req-justice' } as Partial<RequestContext>,
  /** A clinician: a servant of another entity, not a clerk. */
  clinician: { subject: '3000001', roles: ['citizen', 'health:clinician'], actingEntity: 'MIN-SALUD' } as Partial<RequestContext>,
  /** The clerk role without an acting entity (hasEntityRole needs both). */
  clerkWithoutEntity: { subject: '3000008', roles: ['citizen', 'justice:clerk'] } as Partial<RequestContext>,
  anonymous: {} as Partial<RequestContext>,
};

/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function justiceTestHelpers(server: () => TestSubgraph<unknown>) {
  return subgraphTestHelpers(server);
}
