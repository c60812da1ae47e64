import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/education';
import { callers, educationTestHelpers } from './support/education-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'education_institutions', citizens: 1 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal } = educationTestHelpers(() => server);

const ONE = 'query ($code: ID!) { educationalInstitution(code: $code) { code name kind territory { code } } }';
const LIST = `query ($first: Int, $after: String, $departmentCode: String, $kind: InstitutionKind) {
  educationalInstitutions(first: $first, after: $after, departmentCode: $departmentCode, kind: $kind) {
    nodes { code name kind territory { code } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

describe('public catalogue of educational institutions', () => {
  it('answers anyone, anonymous included, with the fixed institutions', async () => {
    const expected: Record<string, unknown> = {
      '80730001': { code: '80730001', name: 'Unidad Educativa Ayacucho', kind: 'SCHOOL', territory: { code: '020101' } },
      UMSA: { code: 'UMSA', name: 'Universidad Mayor de San Andrés', kind: 'UNIVERSITY', territory: { code: '020101' } },
      UAGRM: { code: 'UAGRM', name: 'Universidad Autónoma Gabriel René Moreno', kind: 'UNIVERSITY', territory: { code: '070101' } },
      ITLPZ: { code: 'ITLPZ', name: 'Instituto Tecnológico Industrial La Paz', kind: 'TECHNICAL_INSTITUTE', territory: { code: '020101' } },
    };
    for (const [code, institution] of Object.entries(expected)) {
      expect(await gql(ONE, { code }, callers.anonymous)).toEqual({ data: { educationalInstitution: institution } });
    }
    expect(await gql(ONE, { code: 'NOPE' }, callers.anonymous)).toEqual({ data: { educationalInstitution: null } });
  });

  it('refuses a malformed code with BAD_USER_INPUT', async () => {
    const body = await gql(ONE, { code: 'umsa; drop' }, callers.anonymous);
    expect(body.data).toEqual({ educationalInstitution: null });
    expect(refusal(body)).toEqual([{ message: 'El argumento code no es un código de institución educativa (1 a 16 letras mayúsculas o dígitos).', code: 'BAD_USER_INPUT' }]);
  });

  it('has institutions in all 9 departments, and filters by department and kind', async () => {
    for (const department of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) {
      const body = await gql(LIST, { first: 100, departmentCode: department }, callers.anonymous);
      const kinds = new Set(body.data.educationalInstitutions.nodes.map((node: { kind: string }) => node.kind));
      expect([...kinds].sort()).toEqual(['SCHOOL', 'TECHNICAL_INSTITUTE', 'UNIVERSITY']);
      for (const node of body.data.educationalInstitutions.nodes) expect(node.territory.code.slice(0, 2)).toBe(department);
    }
    const universities = await gql(LIST, { first: 100, departmentCode: '02', kind: 'UNIVERSITY' }, callers.anonymous);
    expect(universities).toEqual({
      data: {
        educationalInstitutions: {
          nodes: [
            { code: 'UMSA', name: 'Universidad Mayor de San Andrés', kind: 'UNIVERSITY', territory: { code: '020101' } },
            { code: 'UPEA', name: 'Universidad Pública de El Alto', kind: 'UNIVERSITY', territory: { code: '020105' } },
          ],
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
          totalCount: 2,
        },
      },
    });
  });

  it('pages by code with a cursor', async () => {
    const first = await gql(LIST, { first: 3 }, callers.anonymous);
    const page = first.data.educationalInstitutions;
    expect(page.nodes.map((node: { code: string }) => node.code)).toEqual(['80110001', '80110002', '80210001']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(38);
    const second = await gql(LIST, { first: 3, after: page.pageInfo.endCursor }, callers.anonymous);
    expect(second.data.educationalInstitutions.nodes.map((node: { code: string }) => node.code)).toEqual(['80210002', '80310001', '80310002']);
  });

  it('refuses a bad department code and a bad cursor', async () => {
    const department = await gql(LIST, { departmentCode: '10' }, callers.anonymous);
    expect(refusal(department)).toEqual([
      { message: 'El argumento departmentCode debe ser el código INE de un departamento: 01 a 09 (p. ej. 02 para La Paz).', code: 'BAD_USER_INPUT' },
    ]);
    const cursor = await gql(LIST, { after: 'not-a-cursor' }, callers.anonymous);
    expect(refusal(cursor)?.[0]?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves EducationalInstitution references for the gateway', async () => {
    const body = await gql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on EducationalInstitution { code name } } }',
      { r: [{ __typename: 'EducationalInstitution', code: 'UAGRM' }, { __typename: 'EducationalInstitution', code: 'NOPE' }] },
      callers.anonymous,
    );
    expect(body).toEqual({ data: { _entities: [{ code: 'UAGRM', name: 'Universidad Autónoma Gabriel René Moreno' }, null] } });
  });
});
