import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/justice';
import { callers, DEMO_CASE, DEMO_CI, FORBIDDEN, justiceTestHelpers } from './support/justice-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'justice_cases', citizens: 25 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal } = justiceTestHelpers(() => server);

const CASE_FIELDS = `number court { code } matter status filedOn summary
  parties { id kind role name ci nit } hearings { id startsAt courtroom kind status } rulings { id issuedOn kind summary }`;
const JUDICIAL_CASES = `query ($ci: _Any!) { _entities(representations: [$ci]) { ... on Citizen { ci judicialCases { ${CASE_FIELDS} } } } }`;
const JUDICIAL_CASE = `query ($number: ID!) { judicialCase(number: $number) { ${CASE_FIELDS} } }`;

const citizen = (ci: string) => ({ ci: { __typename: 'Citizen', ci } });

/** The demo citizen's case as its parties and clerks see it (ids as seeded on a fresh database). */
const demoCase = {
  number: DEMO_CASE,
  court: { code: 'LPZ-CIV-03' },
  matter: 'CIVIL',
  status: 'IN_PROGRESS',
  filedOn: '2025-03-10',
  summary: 'Demanda de devolución de garantía de un contrato de anticrético.',
  parties: [
    { id: '1', kind: 'PERSON', role: 'DEMANDANTE', name: 'Juana Rosa Mamani Quispe', ci: DEMO_CI, nit: null },
    { id: '2', kind: 'COMPANY', role: 'DEMANDADO', name: 'Inmobiliaria Illimani S.R.L.', ci: null, nit: '1020304050' },
  ],
  hearings: [
    { id: '1', startsAt: '2025-06-02T14:00:00.000Z', courtroom: 'Sala 3', kind: 'PRELIMINAR', status: 'HELD' },
    { id: '2', startsAt: '2027-02-15T14:00:00.000Z', courtroom: 'Sala 3', kind: 'JUICIO', status: 'SCHEDULED' },
  ],
  rulings: [],
};

describe('Citizen.judicialCases', () => {
  it('shows the citizen her one case, with parties and hearings', async () => {
    expect(await gql(JUDICIAL_CASES, citizen(DEMO_CI), callers.demo)).toEqual({ data: { _entities: [{ ci: DEMO_CI, judicialCases: [demoCase] }] } });
  });

  it('shows a clerk acting for the OJ the same case', async () => {
    expect(await gql(JUDICIAL_CASES, citizen(DEMO_CI), callers.clerk)).toEqual({ data: { _entities: [{ ci: DEMO_CI, judicialCases: [demoCase] }] } });
  });

  it('refuses another citizen, a servant of another entity, the clerk role without an acting entity and anonymous callers', async () => {
    for (const caller of [callers.otherCitizen, callers.party12, callers.clinician, callers.clerkWithoutEntity, callers.anonymous]) {
      const body = await gql(JUDICIAL_CASES, citizen(DEMO_CI), caller);
      // judicialCases is non-null: the refusal nulls the whole entity.
      expect(body.data).toEqual({ _entities: [null] });
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
  });

  it('gives a citizen without cases an empty list', async () => {
    expect(await gql(JUDICIAL_CASES, citizen('3000005'), callers.otherCitizen)).toEqual({ data: { _entities: [{ ci: '3000005', judicialCases: [] }] } });
  });

  it('shows both person parties the case they share, each seeing only their own CI', async () => {
    const main = await gql(JUDICIAL_CASES, citizen('3000024'), { subject: '3000024', roles: ['citizen'] });
    expect(main.data._entities[0].judicialCases.map((c: { number: string }) => c.number)).toEqual(['TJA-FAM-01-2023-000024']);
    const parties = main.data._entities[0].judicialCases[0].parties;
    expect(parties.map((p: { role: string; name: string; ci: string | null }) => [p.role, p.name, p.ci])).toEqual([
      ['DEMANDANTE', 'Wilfredo Fernando Mendoza Gutiérrez', '3000024'],
      ['DEMANDADO', 'Víctor Aguilar Mamani', null],
    ]);
    expect(main.errors?.map((e) => [e.message, e.extensions?.code, e.path?.join('.')])).toEqual([
      [FORBIDDEN.message, FORBIDDEN.code, '_entities.0.judicialCases.0.parties.1.ci'],
    ]);
    const other = await gql(JUDICIAL_CASES, citizen('3000023'), { subject: '3000023', roles: ['citizen'] });
    expect(other.data._entities[0].judicialCases.map((c: { number: string }) => c.number)).toEqual(['TJA-FAM-01-2023-000024']);
  });
});

describe('judicialCase(number)', () => {
  it('gives a clerk any case, and null for an unknown or malformed number', async () => {
    expect(await gql(JUDICIAL_CASE, { number: DEMO_CASE }, callers.clerk)).toEqual({ data: { judicialCase: demoCase } });
    expect(await gql(JUDICIAL_CASE, { number: 'LPZ-CIV-03-2025-999999' }, callers.clerk)).toEqual({ data: { judicialCase: null } });
    expect(await gql(JUDICIAL_CASE, { number: 'nada' }, callers.clerk)).toEqual({ data: { judicialCase: null } });
  });

  it('gives a party their own case only', async () => {
    const own = await gql(JUDICIAL_CASE, { number: 'SCZ-ADM-01-2025-000012' }, callers.party12);
    expect(own).toEqual({
      data: {
        judicialCase: {
          number: 'SCZ-ADM-01-2025-000012',
          court: { code: 'SCZ-ADM-01' },
          matter: 'ADMINISTRATIVO',
          status: 'RULED',
          filedOn: '2025-02-11',
          summary: 'Proceso contencioso administrativo contra una resolución sancionatoria.',
          parties: [
            { id: expect.any(String), kind: 'PERSON', role: 'DEMANDANTE', name: 'Lucía Wara Justiniano Mendoza', ci: '3000012', nit: null },
            { id: expect.any(String), kind: 'COMPANY', role: 'DEMANDADO', name: 'Agroindustrias del Oriente S.A.', ci: null, nit: '1000000444' },
          ],
          hearings: [
            { id: expect.any(String), startsAt: '2025-04-03T15:00:00.000Z', courtroom: 'Sala 4', kind: 'PRELIMINAR', status: 'HELD' },
            { id: expect.any(String), startsAt: '2025-07-09T15:00:00.000Z', courtroom: 'Sala 4', kind: 'JUICIO', status: 'HELD' },
          ],
          rulings: [{ id: expect.any(String), issuedOn: '2025-07-09', kind: 'SENTENCIA', summary: 'Se declara probada en parte la demanda.' }],
        },
      },
    });
    expect(await gql(JUDICIAL_CASE, { number: DEMO_CASE }, callers.demo)).toEqual({ data: { judicialCase: demoCase } });
    // Two numbers in one request: each is checked on its own.
    const both = await gql(`{ own: judicialCase(number: "SCZ-ADM-01-2025-000012") { number } other: judicialCase(number: "${DEMO_CASE}") { number } }`, {}, callers.party12);
    expect(both.data).toEqual({ own: { number: 'SCZ-ADM-01-2025-000012' }, other: null });
    expect(both.errors?.map((e) => [e.message, e.extensions?.code, e.path?.join('.')])).toEqual([[FORBIDDEN.message, FORBIDDEN.code, 'other']]);
    for (const [caller, number] of [
      [callers.party12, DEMO_CASE],
      [callers.demo, 'SCZ-ADM-01-2025-000012'],
      [callers.otherCitizen, DEMO_CASE],
      [callers.party12, 'LPZ-CIV-03-2025-999999'],
      [callers.anonymous, DEMO_CASE],
      [callers.clinician, DEMO_CASE],
    ] as const) {
      const body = await gql(JUDICIAL_CASE, { number }, caller);
      expect(body.data).toEqual({ judicialCase: null });
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
  });
});
