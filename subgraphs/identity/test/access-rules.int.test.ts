import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/identity';

// Who may read a citizen's identity data, at the subgraph (the gateway puts these
// callers into the context token; tests/access checks the same through the gateway).
const OWNER = '1234567';
const callers = {
  anonymous: { subject: 'anonymous', roles: [] },
  anotherCitizen: { subject: '3000009', roles: ['citizen'] },
  owner: { subject: OWNER, roles: ['citizen'] },
  clinician: { subject: '3000001', roles: ['citizen', 'health:clinician'], actingEntity: 'MIN-SALUD' },
  servantOfAnotherEntity: { subject: '3000007', roles: ['citizen', 'sin:officer'], actingEntity: 'SIN' },
  entityRoleWithoutActing: { subject: '3000001', roles: ['citizen', 'health:clinician'] },
  analyst: { subject: '3000003', roles: ['citizen', 'analyst'] },
  admin: { subject: '3000004', roles: ['citizen', 'platform:admin'] },
};
type Caller = keyof typeof callers;

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { citizens: 10 });
});

afterAll(async () => {
  await server?.stop();
});

async function outcome(caller: Caller, query: string): Promise<'allow' | 'deny'> {
  const { body } = await server.post<any>(query, {}, { context: callers[caller] });
  if (body.errors?.length) {
    expect(body.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    return 'deny';
  }
  return 'allow';
}

const matrix: Array<[string, string, Record<Caller, 'allow' | 'deny'>]> = [
  [
    'identity data (names, birth date, residence)',
    `{ citizen(ci: "${OWNER}") { names firstSurname birthDate residence { code } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'allow', servantOfAnotherEntity: 'allow', entityRoleWithoutActing: 'deny', analyst: 'deny', admin: 'allow' },
  ],
  [
    'the whole register',
    '{ citizens(first: 2) { nodes { ci } } }',
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'deny', clinician: 'deny', servantOfAnotherEntity: 'deny', entityRoleWithoutActing: 'deny', analyst: 'deny', admin: 'allow' },
  ],
  [
    'mailbox and consents',
    `{ _entities(representations: [{ __typename: "Citizen", ci: "${OWNER}" }]) { ... on Citizen { mailbox(first: 1) { totalCount } consents { scope } } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'deny', servantOfAnotherEntity: 'deny', entityRoleWithoutActing: 'deny', analyst: 'deny', admin: 'deny' },
  ],
  [
    'roles and servant links',
    `{ _entities(representations: [{ __typename: "Citizen", ci: "${OWNER}" }]) { ... on Citizen { roles servantOf { entityCode role } } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'deny', servantOfAnotherEntity: 'deny', entityRoleWithoutActing: 'deny', analyst: 'deny', admin: 'allow' },
  ],
];

describe.each(matrix)('%s', (_label, query, expected) => {
  it.each(Object.keys(callers) as Caller[])('%s', async (caller) => {
    expect(await outcome(caller, query)).toBe(expected[caller]);
  });
});
