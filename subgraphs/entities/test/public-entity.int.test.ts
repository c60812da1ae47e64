import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/entities';

interface EntityNode {
  code: string;
  name?: string;
}

interface Connection {
  nodes: EntityNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** The catalogue as shipped, sorted as the API sorts (by code). */
const catalogue = (JSON.parse(readFileSync(path.join(__dirname, '..', 'data', 'public-entities.json'), 'utf8')) as Array<{ code: string; level: string }>)
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const allCodes = catalogue.map((e) => e.code);

const pageQuery = `query ($first: Int, $after: String, $level: PublicEntityLevel, $search: String) {
  publicEntities(first: $first, after: $after, level: $level, search: $search) {
    nodes { code name }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'entities-public-entity' });
});

afterAll(async () => {
  await server?.stop();
});

async function page(variables: Record<string, unknown>): Promise<Connection> {
  const { status, body } = await server.post<{ publicEntities: Connection }>(pageQuery, variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.publicEntities;
}

describe('publicEntity', () => {
  it('answers an entity with its territory', async () => {
    const { body } = await server.post<{ agetic: unknown; oj: unknown; gad: unknown; missing: unknown }>(`{
      agetic: publicEntity(code: "AGETIC") { code name acronym level territory { code name department { name } } }
      oj: publicEntity(code: "OJ") { name level territory { name } }
      gad: publicEntity(code: "GAD-LPZ") { name acronym level territory { code level } }
      missing: publicEntity(code: "NO-EXISTE") { code }
    }`);
    expect(body).toEqual({
      data: {
        agetic: {
          code: 'AGETIC',
          name: 'Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación',
          acronym: 'AGETIC',
          level: 'CENTRAL',
          territory: { code: '020101', name: 'Nuestra Señora de La Paz', department: { name: 'La Paz' } },
        },
        oj: { name: 'Órgano Judicial', level: 'OTHER_ORGAN', territory: { name: 'Sucre' } },
        gad: { name: 'Gobierno Autónomo Departamental de La Paz', acronym: 'GADLP', level: 'DEPARTMENTAL', territory: { code: '02', level: 'DEPARTMENT' } },
        missing: null,
      },
    });
  });

  it('refuses a malformed code with BAD_USER_INPUT', async () => {
    for (const code of ['agetic', 'A', 'CÓDIGO', 'X'.repeat(33)]) {
      const { status, body } = await server.post('query ($code: ID!) { publicEntity(code: $code) { code } }', { code });
      expect(status).toBe(200);
      expect(body.data).toEqual({ publicEntity: null });
      expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argumentName: 'code' }]);
      expect(body.errors![0]!.message).toMatch(/^El argumento code no es un código de entidad pública/);
    }
  });
});

describe('publicEntities', () => {
  it('pages through the catalogue by code without overlaps', async () => {
    const first = await page({ first: 5 });
    expect(first.totalCount).toBe(64);
    expect(first.nodes.map((n) => n.code)).toEqual(allCodes.slice(0, 5));
    expect(first.pageInfo.hasNextPage).toBe(true);

    const second = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.code)).toEqual(allCodes.slice(5, 10));
    expect(second.totalCount).toBe(64);

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const current: Connection = await page({ first: 20, after });
      seen.push(...current.nodes.map((n) => n.code));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(allCodes);
    expect(new Set(seen).size).toBe(64);
  });

  it('uses 20 as the default page size, and an empty last page has no cursor', async () => {
    const defaultPage = await page({});
    expect(defaultPage.nodes).toHaveLength(20);
    const last = await page({ first: 100 });
    expect(last.nodes).toHaveLength(64);
    expect(last.pageInfo.hasNextPage).toBe(false);
    const afterLast = await page({ after: last.pageInfo.endCursor });
    expect(afterLast).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 64 });
  });

  it('filters by level', async () => {
    const companies = await page({ level: 'STATE_COMPANY' });
    expect(companies.nodes.map((n) => n.code)).toEqual(['BOA', 'ENDE', 'ENTEL', 'GESTORA', 'YPFB']);
    expect(companies.totalCount).toBe(5);
    const indigenous = await page({ level: 'INDIGENOUS' });
    expect(indigenous.nodes.map((n) => n.code)).toEqual(['GAIOC-031304', 'GAIOC-051204', 'GAIOC-080901']);
    const central = await page({ level: 'CENTRAL', first: 3 });
    expect(central.totalCount).toBe(26);
    const nextCentral = await page({ level: 'CENTRAL', first: 100, after: central.pageInfo.endCursor });
    expect(nextCentral.nodes).toHaveLength(23);
    expect(nextCentral.nodes.map((n) => n.code)).toEqual(catalogue.filter((e) => e.level === 'central').map((e) => e.code).slice(3));
  });

  it('searches name and acronym ignoring case and accents', async () => {
    const educacion = await page({ search: 'educacion' });
    expect(educacion.nodes).toEqual([{ code: 'MIN-EDUCACION', name: 'Ministerio de Educación' }]);
    expect(educacion.totalCount).toBe(1);
    expect((await page({ search: '  EDUCACIÓN ' })).nodes.map((n) => n.code)).toEqual(['MIN-EDUCACION']);
    expect((await page({ search: 'msyd' })).nodes.map((n) => n.code)).toEqual(['MIN-SALUD']);
    expect((await page({ search: 'organo' })).nodes.map((n) => n.code)).toEqual(['OEP', 'OJ']);
    // Every word must match, in any order.
    expect((await page({ search: 'municipal alto' })).nodes.map((n) => n.code)).toEqual(['GAM-020105']);
    const ministries = await page({ search: 'ministerio', first: 10 });
    expect(ministries.totalCount).toBe(17);
    expect((await page({ search: 'ministerio', level: 'STATE_COMPANY' })).totalCount).toBe(0);
    // LIKE wildcards are literal text, not patterns.
    expect((await page({ search: '%' })).totalCount).toBe(0);
    expect((await page({ search: '_' })).totalCount).toBe(0);
    expect((await page({ search: '   ' })).totalCount).toBe(64);
  });

  it('answers bad arguments with BAD_USER_INPUT, never a server error', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ first: 0 }, 'first', 'El argumento first debe estar entre 1 y 100.'],
      [{ first: 1000 }, 'first', 'El argumento first debe estar entre 1 y 100.'],
      [{ first: -1 }, 'first', 'El argumento first debe estar entre 1 y 100.'],
      [{ after: 'not a cursor!' }, 'after', 'Cursor inválido: use el valor endCursor de una página anterior.'],
      [{ after: 'bm9wZQ' }, 'after', 'Cursor inválido: use el valor endCursor de una página anterior.'],
      // Well-formed for the kit (`k:` prefix) but not one of our codes.
      [{ after: Buffer.from("k:' OR 1=1 --").toString('base64url') }, 'after', 'Cursor inválido: use el valor endCursor de una página anterior.'],
      [{ search: 'x'.repeat(101) }, 'search', 'El argumento search admite como máximo 100 caracteres.'],
    ];
    for (const [variables, argumentName, message] of cases) {
      const { status, body } = await server.post(pageQuery, variables);
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        { message, locations: expect.any(Array), path: ['publicEntities'], extensions: { code: 'BAD_USER_INPUT', argumentName } },
      ]);
    }
  });

  it('resolves the territories of a whole page with one more statement', async () => {
    const query = '{ publicEntities(first: 100) { nodes { code territory { name department { name } } } } }';
    const { body, sqlStatements } = await server.post<{ publicEntities: { nodes: Array<{ code: string; territory: { name: string } }> } }>(query);
    expect(body.errors).toBeUndefined();
    expect(body.data!.publicEntities.nodes.find((n) => n.code === 'ENDE')!.territory.name).toBe('Cochabamba');
    // The page, then the seats. The departments need no third statement: the 9 GAD are
    // seated in their departments, so all 9 are already in the loader's cache.
    expect(sqlStatements).toBe(2);
  });
});

describe('federation', () => {
  it('resolves PublicEntity references by code in one statement', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on PublicEntity { code acronym level } } }`;
    const { body, sqlStatements } = await server.post<{ _entities: unknown[] }>(query, {
      representations: [
        { __typename: 'PublicEntity', code: 'SEGIP' },
        { __typename: 'PublicEntity', code: 'segip' },
        { __typename: 'PublicEntity', code: 'BCB' },
      ],
    });
    expect(body).toEqual({
      data: {
        _entities: [{ code: 'SEGIP', acronym: 'SEGIP', level: 'CENTRAL' }, null, { code: 'BCB', acronym: 'BCB', level: 'OTHER_ORGAN' }],
      },
    });
    expect(sqlStatements).toBe(1);
  });
});
