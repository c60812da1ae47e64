import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/justice';
import { callers, DEMO_CASE, justiceTestHelpers } from './support/justice-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'justice_public', citizens: 25 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, count } = justiceTestHelpers(() => server);

const PUBLIC_CASE = `query ($number: ID!) { publicCase(number: $number) {
  number court { code name matter territory { code } } matter status filedOn
  hearings { startsAt courtroom kind status } rulings { issuedOn kind }
} }`;

describe('publicCase (public follow-up of a case)', () => {
  it('shows the public part of the demo case to an anonymous caller', async () => {
    expect(await gql(PUBLIC_CASE, { number: DEMO_CASE }, callers.anonymous)).toEqual({
      data: {
        publicCase: {
          number: DEMO_CASE,
          court: { code: 'LPZ-CIV-03', name: 'Juzgado Público Civil y Comercial 3° de La Paz', matter: 'CIVIL', territory: { code: '020101' } },
          matter: 'CIVIL',
          status: 'IN_PROGRESS',
          filedOn: '2025-03-10',
          hearings: [
            { startsAt: '2025-06-02T14:00:00.000Z', courtroom: 'Sala 3', kind: 'PRELIMINAR', status: 'HELD' },
            { startsAt: '2027-02-15T14:00:00.000Z', courtroom: 'Sala 3', kind: 'JUICIO', status: 'SCHEDULED' },
          ],
          rulings: [],
        },
      },
    });
  });

  it('shows only the date and kind of rulings', async () => {
    const body = await gql(PUBLIC_CASE, { number: 'SCZ-ADM-01-2025-000012' }, callers.anonymous);
    expect(body.data.publicCase.status).toBe('RULED');
    expect(body.data.publicCase.rulings).toEqual([{ issuedOn: '2025-07-09', kind: 'SENTENCIA' }]);
  });

  it('hides the courtroom of hearings in reserved matters (FAMILIA, NINEZ_ADOLESCENCIA)', async () => {
    const body = await gql(PUBLIC_CASE, { number: 'TJA-FAM-01-2023-000024' }, callers.anonymous);
    expect(body).toEqual({
      data: {
        publicCase: {
          number: 'TJA-FAM-01-2023-000024',
          court: { code: 'TJA-FAM-01', name: 'Juzgado Público de Familia 1° de Tarija', matter: 'FAMILIA', territory: { code: '060101' } },
          matter: 'FAMILIA',
          status: 'ADMITTED',
          filedOn: '2023-11-22',
          hearings: [{ startsAt: '2027-03-03T12:00:00.000Z', courtroom: null, kind: 'PRELIMINAR', status: 'SCHEDULED' }],
          rulings: [],
        },
      },
    });
  });

  it('has no party, CI or summary field at all', async () => {
    for (const field of ['parties { name }', 'summary', 'ci']) {
      const { status, body } = await server.post<any>(`{ publicCase(number: "${DEMO_CASE}") { ${field} } }`, {}, { context: callers.anonymous });
      expect(status).toBe(400);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
    for (const field of ['summary', 'id']) {
      const { status } = await server.post<any>(`{ publicCase(number: "${DEMO_CASE}") { rulings { ${field} } } }`, {}, { context: callers.anonymous });
      expect(status).toBe(400);
    }
  });

  it('answers null, never an error, for an unknown or malformed number, without reading the database for a malformed one', async () => {
    expect(await gql(PUBLIC_CASE, { number: 'LPZ-CIV-03-2025-999999' }, callers.anonymous)).toEqual({ data: { publicCase: null } });
    for (const number of ['', 'nada', 'LPZ-CIV-03-25-1', "LPZ-CIV-03-2025-000001' OR '1'='1", 'lpz-civ-03-2025-000001']) {
      const { status, sqlStatements, body } = await server.post<any>(PUBLIC_CASE, { number }, { context: callers.anonymous });
      expect([status, sqlStatements, body]).toEqual([200, 0, { data: { publicCase: null } }]);
    }
  });

  it('records no personal-data read', async () => {
    const before = await count('egob_audit_outbox');
    await gql(PUBLIC_CASE, { number: DEMO_CASE }, callers.anonymous);
    expect(await count('egob_audit_outbox')).toBe(before);
  });
});
