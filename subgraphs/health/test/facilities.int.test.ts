import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { callers, healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
const { gql } = healthTestHelpers(() => server);

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'health_facilities', citizens: 3 });
});

afterAll(async () => {
  await server?.stop();
});

const PAGE = `query ($first: Int, $after: String, $departmentCode: String, $level: CareLevel) {
  healthFacilities(first: $first, after: $after, departmentCode: $departmentCode, level: $level) {
    nodes { code name level kind territory { code } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

describe('health facilities are public', () => {
  it('answers an anonymous caller one facility by code, with its level and municipality', async () => {
    const body = await gql('{ healthFacility(code: "200001") { code name level kind territory { code } } }', {}, callers.anonymous);
    expect(body).toEqual({
      data: { healthFacility: { code: '200001', name: 'Hospital de Clínicas', level: 'TERCER_NIVEL', kind: 'Hospital de tercer nivel', territory: { code: '020101' } } },
    });
    const others = await gql('{ a: healthFacility(code: "700001") { name level territory { code } } b: healthFacility(code: "200010") { name level kind territory { code } } c: healthFacility(code: "999999") { code } }', {}, callers.anonymous);
    expect(others).toEqual({
      data: {
        a: { name: 'Hospital Universitario Japonés', level: 'TERCER_NIVEL', territory: { code: '070101' } },
        b: { name: 'Centro de Salud Senkata', level: 'PRIMER_NIVEL', kind: 'Centro de salud', territory: { code: '020105' } },
        c: null,
      },
    });
  });

  it('pages a department by code, with the next page after the cursor', async () => {
    const first = await gql(PAGE, { first: 2, departmentCode: '02' }, callers.anonymous);
    expect(first.errors).toBeUndefined();
    expect(first.data.healthFacilities.nodes.map((f: any) => f.code)).toEqual(['200001', '200002']);
    expect(first.data.healthFacilities.pageInfo.hasNextPage).toBe(true);
    expect(first.data.healthFacilities.totalCount).toBe(5);
    const second = await gql(PAGE, { first: 10, departmentCode: '02', after: first.data.healthFacilities.pageInfo.endCursor }, callers.anonymous);
    expect(second.data.healthFacilities.nodes).toEqual([
      { code: '200003', name: 'Hospital Municipal Boliviano Holandés', level: 'SEGUNDO_NIVEL', kind: 'Hospital de segundo nivel', territory: { code: '020105' } },
      { code: '200010', name: 'Centro de Salud Senkata', level: 'PRIMER_NIVEL', kind: 'Centro de salud', territory: { code: '020105' } },
      { code: '200011', name: 'Centro de Salud Villa Fátima', level: 'PRIMER_NIVEL', kind: 'Centro de salud', territory: { code: '020101' } },
    ]);
    expect(second.data.healthFacilities.pageInfo).toEqual({ hasNextPage: false, endCursor: second.data.healthFacilities.pageInfo.endCursor });
  });

  it('covers the nine departments and the three levels of care', async () => {
    const all = await gql(PAGE, { first: 100 }, callers.anonymous);
    const nodes = all.data.healthFacilities.nodes as Array<{ code: string; level: string; territory: { code: string } }>;
    expect(all.data.healthFacilities.totalCount).toBe(45);
    expect([...new Set(nodes.map((f) => f.territory.code.slice(0, 2)))]).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    for (const department of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) {
      const levels = nodes.filter((f) => f.territory.code.startsWith(department)).map((f) => f.level);
      expect(levels).toEqual(['TERCER_NIVEL', 'SEGUNDO_NIVEL', 'SEGUNDO_NIVEL', 'PRIMER_NIVEL', 'PRIMER_NIVEL']);
    }
    const tertiary = await gql(PAGE, { first: 100, level: 'TERCER_NIVEL' }, callers.anonymous);
    expect(tertiary.data.healthFacilities.nodes.map((f: any) => f.code)).toEqual(['100001', '200001', '300001', '400001', '500001', '600001', '700001', '800001', '900001']);
  });

  it('refuses a bad department code, a bad facility code and a foreign cursor', async () => {
    const department = await gql(PAGE, { departmentCode: '2' }, callers.anonymous);
    expect(department.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'El argumento departmentCode debe ser un código INE de departamento de 2 dígitos (01 a 09).'],
    ]);
    const code = await gql('{ healthFacility(code: "HC-1") { code } }', {}, callers.anonymous);
    expect(code.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const cursor = await gql(PAGE, { after: 'bm90LWEtY3Vyc29y' }, callers.anonymous);
    expect(cursor.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
