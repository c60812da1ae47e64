import { DEMO_LOGINS } from '@egob/test-kit';
import { startFederationStack, type FederationStack } from '../support/federation-stack';

// Who may read each personal field of the graph, asserted through the gateway with
// tokens from identity's real login. Expected: 'allow' or 'deny' (FORBIDDEN).
const OWNER = DEMO_LOGINS.citizen;
const people = {
  anonymous: null,
  anotherCitizen: DEMO_LOGINS.otherCitizen,
  owner: OWNER,
  clinician: DEMO_LOGINS.clinician, // servant of MIN-SALUD
  servantOfAnotherEntity: DEMO_LOGINS.registrar, // servant of MIN-EDUCACION
  analyst: DEMO_LOGINS.analyst,
} as const;
type Person = keyof typeof people;

const matrix: Array<[string, string, Record<Person, 'allow' | 'deny'>]> = [
  [
    'identity: names, birth date, residence',
    `{ citizen(ci: "${OWNER}") { names firstSurname birthDate residence { code } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'allow', servantOfAnotherEntity: 'allow', analyst: 'deny' },
  ],
  [
    'identity: the register of citizens',
    '{ citizens(first: 2) { nodes { ci } } }',
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'deny', clinician: 'deny', servantOfAnotherEntity: 'deny', analyst: 'deny' },
  ],
  [
    'identity: mailbox',
    `{ citizen(ci: "${OWNER}") { mailbox(first: 5) { nodes { title } } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'deny', servantOfAnotherEntity: 'deny', analyst: 'deny' },
  ],
  [
    'identity: consents and their log',
    `{ citizen(ci: "${OWNER}") { consents { scope } consentLog(first: 5) { nodes { action } } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'deny', servantOfAnotherEntity: 'deny', analyst: 'deny' },
  ],
  [
    'identity: roles and servant links',
    `{ citizen(ci: "${OWNER}") { roles servantOf { entityCode } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'deny', servantOfAnotherEntity: 'deny', analyst: 'deny' },
  ],
  [
    'audit: who read my data (data tracker)',
    `{ citizen(ci: "${OWNER}") { dataAccesses(first: 5) { totalCount } } }`,
    { anonymous: 'deny', anotherCitizen: 'deny', owner: 'allow', clinician: 'deny', servantOfAnotherEntity: 'deny', analyst: 'deny' },
  ],
];

let stack: FederationStack;
const tokens = new Map<Person, string | null>();

beforeAll(async () => {
  stack = await startFederationStack('access', { citizens: 10, withAudit: true });
  for (const [person, ci] of Object.entries(people) as Array<[Person, string | null]>) {
    tokens.set(person, ci ? await stack.login(ci) : null);
  }
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

function as(person: Person, extra: Record<string, string> = {}): Record<string, string> {
  const token = tokens.get(person);
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
}

describe.each(matrix)('%s', (_label, query, expected) => {
  it.each(Object.keys(people) as Person[])('%s', async (person) => {
    const { status, body } = await stack.query(query, {}, undefined, as(person));
    expect(status).toBe(200);
    if (expected[person] === 'allow') {
      expect(body.errors).toBeUndefined();
    } else {
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the data tracker, end to end', () => {
  it("shows the citizen which servant read her data, for which entity and why", async () => {
    const read = await stack.query(`{ citizen(ci: "${OWNER}") { names birthDate } }`, {}, undefined, as('clinician', { 'x-egob-purpose': 'Atención en consulta externa' }));
    expect(read.body.data.citizen.names).toBe('Juana Rosa');
    const flushed = await stack.identity.flushAudit();
    expect(flushed.error).toBeNull();
    const { body } = await stack.query(
      `{ citizen(ci: "${OWNER}") { dataAccesses(first: 10, entity: "MIN-SALUD") { nodes { reader fields actingEntity { code } purpose sourceSubgraph } } } }`,
      {},
      undefined,
      as('owner'),
    );
    expect(body.errors).toBeUndefined();
    // Newest first: the matrix above also made the clinician read her data (without a purpose).
    expect(body.data.citizen.dataAccesses.nodes[0]).toEqual(
      {
        reader: DEMO_LOGINS.clinician,
        fields: ['Citizen.birthDate', 'Citizen.names'],
        actingEntity: { code: 'MIN-SALUD' },
        purpose: 'Atención en consulta externa',
        sourceSubgraph: 'identity',
      },
    );
    for (const node of body.data.citizen.dataAccesses.nodes) expect(node.reader).toBe(DEMO_LOGINS.clinician);
  });

  it('lets an auditor verify the chain, and nobody else', async () => {
    const auditor = await stack.login(DEMO_LOGINS.auditor);
    const verified = await stack.query('{ verifyChain { ok alteredSequence missingSequence } }', {}, undefined, { authorization: `Bearer ${auditor}` });
    expect(verified.body.data.verifyChain).toEqual({ ok: true, alteredSequence: null, missingSequence: null });
    const refused = await stack.query('{ verifyChain { ok } }', {}, undefined, as('owner'));
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
