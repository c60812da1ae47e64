import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/justice';
import { callers, justiceTestHelpers } from './support/justice-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'justice_courts', citizens: 1 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql } = justiceTestHelpers(() => server);

const COURT = 'query ($code: ID!) { court(code: $code) { code name matter territory { code } } }';
const COURTS = `query ($first: Int, $after: String, $departmentCode: String, $matter: CaseMatter) {
  courts(first: $first, after: $after, departmentCode: $departmentCode, matter: $matter) { nodes { code name matter territory { code } } pageInfo { hasNextPage endCursor } totalCount }
}`;

describe('courts (public)', () => {
  it('finds the fixed courts by code for an anonymous caller', async () => {
    const expected = {
      'LPZ-CIV-03': { code: 'LPZ-CIV-03', name: 'Juzgado Público Civil y Comercial 3° de La Paz', matter: 'CIVIL', territory: { code: '020101' } },
      'LPZ-FAM-01': { code: 'LPZ-FAM-01', name: 'Juzgado Público de Familia 1° de La Paz', matter: 'FAMILIA', territory: { code: '020101' } },
      'SCZ-TRA-01': {
        code: 'SCZ-TRA-01',
        name: 'Juzgado Público del Trabajo y Seguridad Social 1° de Santa Cruz de la Sierra',
        matter: 'LABORAL',
        territory: { code: '070101' },
      },
      'CBB-PEN-02': { code: 'CBB-PEN-02', name: 'Juzgado de Instrucción Penal 2° de Cochabamba', matter: 'PENAL', territory: { code: '030101' } },
    };
    for (const [code, court] of Object.entries(expected)) {
      expect(await gql(COURT, { code }, callers.anonymous)).toEqual({ data: { court } });
    }
  });

  it('returns null for an unknown or malformed code', async () => {
    expect(await gql(COURT, { code: 'LPZ-CIV-09' }, callers.anonymous)).toEqual({ data: { court: null } });
    expect(await gql(COURT, { code: "x' OR 1=1" }, callers.anonymous)).toEqual({ data: { court: null } });
  });

  it('lists 87 courts, in every department capital, paginated by code', async () => {
    const first = await gql(COURTS, { first: 3 }, callers.anonymous);
    expect(first.data.courts.totalCount).toBe(87);
    expect(first.data.courts.nodes.map((c: { code: string }) => c.code)).toEqual(['BEN-ADM-01', 'BEN-AGR-01', 'BEN-CIV-01']);
    expect(first.data.courts.pageInfo.hasNextPage).toBe(true);
    const next = await gql(COURTS, { first: 2, after: first.data.courts.pageInfo.endCursor }, callers.anonymous);
    expect(next.data.courts.nodes.map((c: { code: string }) => c.code)).toEqual(['BEN-CIV-02', 'BEN-FAM-01']);
    const all = await gql(COURTS, { first: 100 }, callers.anonymous);
    const capitals = new Set(all.data.courts.nodes.map((c: { territory: { code: string } }) => c.territory.code));
    expect([...capitals].sort()).toEqual(['010101', '020101', '030101', '040101', '050101', '060101', '070101', '080101', '090101']);
    expect(new Set(all.data.courts.nodes.map((c: { matter: string }) => c.matter)).size).toBe(7);
  });

  it('filters by department and matter', async () => {
    const body = await gql(COURTS, { departmentCode: '02', matter: 'CIVIL' }, callers.anonymous);
    expect(body).toEqual({
      data: {
        courts: {
          nodes: [1, 2, 3].map((n) => ({
            code: `LPZ-CIV-0${n}`,
            name: `Juzgado Público Civil y Comercial ${n}° de La Paz`,
            matter: 'CIVIL',
            territory: { code: '020101' },
          })),
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
          totalCount: 3,
        },
      },
    });
    const pando = await gql(COURTS, { departmentCode: '09' }, callers.anonymous);
    expect(pando.data.courts.totalCount).toBe(9);
  });

  it('refuses a malformed department code or cursor as BAD_USER_INPUT', async () => {
    const department = await gql(COURTS, { departmentCode: '2' }, callers.anonymous);
    expect(department.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Código de departamento inválido: use el código INE de 2 dígitos, de 01 (Chuquisaca) a 09 (Pando).'],
    ]);
    const cursor = await gql(COURTS, { after: 'bm90LWEtY3Vyc29y' }, callers.anonymous);
    expect(cursor.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves Court references for the gateway', async () => {
    const body = await gql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Court { code matter } } }',
      { r: [{ __typename: 'Court', code: 'SCZ-TRA-01' }, { __typename: 'Court', code: 'ZZZ-CIV-01' }] },
      callers.anonymous,
    );
    expect(body).toEqual({ data: { _entities: [{ code: 'SCZ-TRA-01', matter: 'LABORAL' }, null] } });
  });
});
