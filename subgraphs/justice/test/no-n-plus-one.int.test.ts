import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import { demoCitizenAt } from '@egob/demo-data';
import subgraph from '@egob/justice';
import { callers } from './support/justice-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  // Demo citizens 12, 24, …, 1200 are each the main party of one seeded case.
  server = await startTestSubgraph(subgraph, { label: 'justice_n_plus_one', citizens: 1201 });
});

afterAll(async () => {
  await server?.stop();
});

/** The full selection of the citizen record: every field of cases, courts, parties, hearings and rulings. */
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { ci judicialCases {
  number court { code name matter territory { code } } matter status filedOn summary
  parties { id kind role name ci nit }
  hearings { id startsAt courtroom kind status }
  rulings { id issuedOn kind summary }
} } } }`;

/** Returns the representations of `count` demo citizens who are parties of a case. */
function citizensWithCases(count: number) {
  return Array.from({ length: count }, (_, i) => ({ __typename: 'Citizen', ci: demoCitizenAt(12 * (i + 1)).ci }));
}

describe('reading Citizen.judicialCases has no N+1', () => {
  it('runs exactly the same 6 statements for 100 citizens as for 10 (cases, parties, courts, hearings, rulings, audit outbox)', async () => {
    const ten = await server.post<{ _entities: Array<{ judicialCases: Array<{ hearings: unknown[]; rulings: unknown[]; parties: unknown[] }> }> }>(
      QUERY,
      { r: citizensWithCases(10) },
      { context: callers.clerk },
    );
    const hundred = await server.post<{ _entities: Array<{ judicialCases: Array<{ hearings: unknown[]; rulings: unknown[]; parties: unknown[] }> }> }>(
      QUERY,
      { r: citizensWithCases(100) },
      { context: callers.clerk },
    );
    expect(ten.body.errors).toBeUndefined();
    expect(hundred.body.errors).toBeUndefined();
    const cases = hundred.body.data!._entities.flatMap((entity) => entity.judicialCases);
    expect(hundred.body.data!._entities.map((entity) => entity.judicialCases.length)).toEqual(Array(100).fill(1));
    expect(cases.every((c) => c.parties.length === 2 && c.hearings.length >= 1)).toBe(true);
    expect(cases.some((c) => c.rulings.length > 0)).toBe(true);
    expect(ten.sqlStatements).toBe(6);
    expect(hundred.sqlStatements).toBe(6);
  });
});
