import { demoCitizenAt } from '@egob/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { callers, citizenQuery } from './support/labor-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'labor_n_plus_one', citizens: 101 });
});

afterAll(async () => {
  await server?.stop();
});

/** The full selection of labour's citizen record. */
const FULL = citizenQuery(`
  ci
  employmentHistory { id employer { kind entity { code } nit name } position startDate endDate contributionsStatus }
  jobProfile { desiredPosition territory { code } skills visibleToEmployers experienceMonths updatedAt }
`);

async function read(count: number) {
  const representations = Array.from({ length: count }, (_, i) => ({ __typename: 'Citizen', ci: demoCitizenAt(i).ci }));
  const response = await server.post<{ _entities: Array<{ employmentHistory: unknown[]; jobProfile: unknown }> }>(FULL, { r: representations }, { context: callers.inspector });
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  return response;
}

describe('no N+1 on Citizen', () => {
  it('reads 100 citizens with the same 3 statements as 10: employments, profiles, audit outbox', async () => {
    const ten = await read(10);
    const hundred = await read(100);
    expect(ten.body.data!._entities).toHaveLength(10);
    expect(hundred.body.data!._entities).toHaveLength(100);
    // The data is really there (demo seed): of the first 10 citizens 8 have 18 employments and 2 a profile; of the first 100, 77, 144 and 10.
    const facts = (citizens: Array<{ employmentHistory: unknown[]; jobProfile: unknown }>) => [
      citizens.filter((citizen) => citizen.employmentHistory.length > 0).length,
      citizens.reduce((sum, citizen) => sum + citizen.employmentHistory.length, 0),
      citizens.filter((citizen) => citizen.jobProfile !== null).length,
    ];
    expect(facts(ten.body.data!._entities)).toEqual([8, 18, 2]);
    expect(facts(hundred.body.data!._entities)).toEqual([77, 144, 10]);
    expect(ten.sqlStatements).toBe(3);
    expect(hundred.sqlStatements).toBe(3);
  });
});
