import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/entities';

interface TerritoryRef {
  code: string;
  name: string;
}

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'entities-territory' });
});

afterAll(async () => {
  await server?.stop();
});

describe('territory queries', () => {
  it('answers a department with its links', async () => {
    const { status, body } = await server.post<{ territory: Record<string, unknown> & { children: TerritoryRef[] } }>(
      '{ territory(code: "02") { code name level isIndigenousAutonomy parent { code } department { code name } province { code } children { code name } publicEntities { code } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const territory = body.data!.territory;
    expect(territory).toMatchObject({
      code: '02',
      name: 'La Paz',
      level: 'DEPARTMENT',
      isIndigenousAutonomy: false,
      parent: null,
      department: { code: '02', name: 'La Paz' },
      province: null,
      publicEntities: [{ code: 'GAD-LPZ' }],
    });
    expect(territory.children).toHaveLength(20);
    expect(territory.children.slice(0, 3)).toEqual([
      { code: '0201', name: 'Murillo' },
      { code: '0202', name: 'Omasuyos' },
      { code: '0203', name: 'Pacajes' },
    ]);
    expect(territory.children.map((child) => child.code)).toEqual(Array.from({ length: 20 }, (_, i) => `02${String(i + 1).padStart(2, '0')}`));
  });

  it('answers a municipality with its province, department and seated entities', async () => {
    const { body } = await server.post<{ lpz: unknown; elAlto: unknown }>(
      `{
        lpz: territory(code: "020101") { code name level parent { code name } province { code name } department { code name } children { code } }
        elAlto: territory(code: "020105") { name department { name } publicEntities { code name } }
      }`,
    );
    expect(body).toEqual({
      data: {
        lpz: {
          code: '020101',
          name: 'Nuestra Señora de La Paz',
          level: 'MUNICIPALITY',
          parent: { code: '0201', name: 'Murillo' },
          province: { code: '0201', name: 'Murillo' },
          department: { code: '02', name: 'La Paz' },
          children: [],
        },
        elAlto: {
          name: 'El Alto',
          department: { name: 'La Paz' },
          publicEntities: [
            { code: 'GAM-020105', name: 'Gobierno Autónomo Municipal de El Alto' },
            { code: 'PGE', name: 'Procuraduría General del Estado' },
          ],
        },
      },
    });
  });

  it('answers a province as its own province, with its municipalities', async () => {
    const { body } = await server.post<{ territory: unknown }>('{ territory(code: "0313") { name level parent { name } province { code } department { name } children { code name isIndigenousAutonomy } } }');
    expect(body.data?.territory).toEqual({
      name: 'Mizque',
      level: 'PROVINCE',
      parent: { name: 'Cochabamba' },
      province: { code: '0313' },
      department: { name: 'Cochabamba' },
      children: [
        { code: '031301', name: 'Mizque', isIndigenousAutonomy: false },
        { code: '031302', name: 'Vila Vila', isIndigenousAutonomy: false },
        { code: '031303', name: 'Alalay', isIndigenousAutonomy: false },
        { code: '031304', name: 'TIOC-Raqaypampa', isIndigenousAutonomy: true },
      ],
    });
  });

  it('returns null for an unknown code', async () => {
    const { status, body } = await server.post('{ territory(code: "99") { code } other: territory(code: "029999") { code } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { territory: null, other: null } });
  });

  it('counts the units of each level, sorted by code', async () => {
    const { body } = await server.post<Record<string, TerritoryRef[]>>(
      '{ all: territories { code } departments: territories(level: DEPARTMENT) { code name } provinces: territories(level: PROVINCE) { code } municipalities: territories(level: MUNICIPALITY) { code } }',
    );
    const data = body.data!;
    expect(data.all).toHaveLength(465);
    expect(data.provinces).toHaveLength(113);
    expect(data.municipalities).toHaveLength(343);
    expect(data.departments).toEqual([
      { code: '01', name: 'Chuquisaca' },
      { code: '02', name: 'La Paz' },
      { code: '03', name: 'Cochabamba' },
      { code: '04', name: 'Oruro' },
      { code: '05', name: 'Potosí' },
      { code: '06', name: 'Tarija' },
      { code: '07', name: 'Santa Cruz' },
      { code: '08', name: 'Beni' },
      { code: '09', name: 'Pando' },
    ]);
    const codes = data.all!.map((t) => t.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('lists the municipal-level units inside each department', async () => {
    const expected: Record<string, number> = { '01': 29, '02': 87, '03': 48, '04': 35, '05': 42, '06': 11, '07': 56, '08': 20, '09': 15 };
    const query = `{ ${Object.keys(expected)
      .map((code) => `d${code}: territories(level: MUNICIPALITY, parentCode: "${code}") { code }`)
      .join(' ')} }`;
    const { body } = await server.post<Record<string, TerritoryRef[]>>(query);
    const counts = Object.fromEntries(Object.entries(body.data!).map(([alias, list]) => [alias.slice(1), list.length]));
    expect(counts).toEqual(expected);
    expect(body.data!.d02!.every((t) => t.code.startsWith('02') && t.code.length === 6)).toBe(true);
  });

  it('filters by parentCode: a department contains its provinces and municipalities, a province its municipalities', async () => {
    const { body } = await server.post<Record<string, TerritoryRef[]>>(
      `{
        inLaPaz: territories(parentCode: "02") { code }
        provincesOfPando: territories(level: PROVINCE, parentCode: "09") { code name }
        inMurillo: territories(parentCode: "0201") { code name }
        inAMunicipality: territories(parentCode: "020101") { code }
        departmentsInLaPaz: territories(level: DEPARTMENT, parentCode: "02") { code }
      }`,
    );
    expect(body.data!.inLaPaz).toHaveLength(20 + 87);
    expect(body.data!.provincesOfPando).toEqual([
      { code: '0901', name: 'Nicolás Suárez' },
      { code: '0902', name: 'Manuripi' },
      { code: '0903', name: 'Madre de Dios' },
      { code: '0904', name: 'Abuná' },
      { code: '0905', name: 'Federico Román' },
    ]);
    expect(body.data!.inMurillo).toEqual([
      { code: '020101', name: 'Nuestra Señora de La Paz' },
      { code: '020102', name: 'Palca' },
      { code: '020103', name: 'Mecapaca' },
      { code: '020104', name: 'Achocalla' },
      { code: '020105', name: 'El Alto' },
    ]);
    expect(body.data!.inAMunicipality).toEqual([]);
    expect(body.data!.departmentsInLaPaz).toEqual([]);
  });

  it('refuses a malformed code with BAD_USER_INPUT (HTTP 200, Spanish message)', async () => {
    const cases: Array<[string, unknown, string]> = [
      ['{ territory(code: "2") { code } }', { territory: null }, 'code'],
      ['{ territory(code: "02A") { code } }', { territory: null }, 'code'],
      // territories is a non-null list: the error nulls the whole data.
      ['{ territories(parentCode: "La Paz") { code } }', null, 'parentCode'],
    ];
    for (const [query, data, argumentName] of cases) {
      const { status, body } = await server.post(query);
      expect(status).toBe(200);
      expect(body.data).toEqual(data);
      expect(body.errors).toEqual([
        {
          message: `El argumento ${argumentName} no es un código INE de territorio: use 2 dígitos para un departamento (p. ej. 02), 4 para una provincia (0201) o 6 para un municipio (020101).`,
          locations: expect.any(Array),
          path: [query.includes('territories') ? 'territories' : 'territory'],
          extensions: { code: 'BAD_USER_INPUT', argumentName },
        },
      ]);
    }
  });
});

describe('federation', () => {
  const entitiesQuery = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Territory { code name department { name } province { name } } }
  }`;

  it('resolves Territory references by code, in order, null for unknown ones', async () => {
    const { body } = await server.post<{ _entities: unknown[] }>(entitiesQuery, {
      representations: [
        { __typename: 'Territory', code: '020105' },
        { __typename: 'Territory', code: '999999' },
        { __typename: 'Territory', code: '02' },
        { __typename: 'Territory', code: '070101' },
      ],
    });
    expect(body).toEqual({
      data: {
        _entities: [
          { code: '020105', name: 'El Alto', department: { name: 'La Paz' }, province: { name: 'Murillo' } },
          null,
          { code: '02', name: 'La Paz', department: { name: 'La Paz' }, province: null },
          { code: '070101', name: 'Santa Cruz de la Sierra', department: { name: 'Santa Cruz' }, province: { name: 'Andrés Ibáñez' } },
        ],
      },
    });
  });

  it('runs the same number of SQL statements for 10 and for 100 references', async () => {
    const { body: list } = await server.post<{ territories: TerritoryRef[] }>('{ territories(level: MUNICIPALITY) { code } }');
    const municipalities = list.data!.territories.map((t) => t.code);
    const representations = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ __typename: 'Territory', code: municipalities[(i * 7) % municipalities.length] }));

    const ten = await server.post<{ _entities: Array<{ department: { name: string } }> }>(entitiesQuery, { representations: representations(10) });
    const hundred = await server.post<{ _entities: Array<{ department: { name: string } }> }>(entitiesQuery, { representations: representations(100) });
    expect(ten.body.errors).toBeUndefined();
    expect(hundred.body.errors).toBeUndefined();
    expect(hundred.body.data!._entities).toHaveLength(100);
    expect(hundred.body.data!._entities.every((e) => e.department.name.length > 0)).toBe(true);
    // One statement for the references, one for their provinces and departments (same loader, same tick).
    expect(ten.sqlStatements).toBe(2);
    expect(hundred.sqlStatements).toBe(ten.sqlStatements);
  });

  it('batches children and seated entities of many territories', async () => {
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Territory { code children { code parent { code } } publicEntities { code territory { code } } } }
    }`;
    const departments = ['01', '02', '03', '04', '05', '06', '07', '08', '09'];
    const { body, sqlStatements } = await server.post<{ _entities: Array<{ children: unknown[]; publicEntities: unknown[] }> }>(query, {
      representations: departments.map((code) => ({ __typename: 'Territory', code })),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities.map((e) => e.children.length)).toEqual([10, 20, 16, 16, 16, 6, 15, 9, 5]);
    expect(body.data!._entities.map((e) => e.publicEntities.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // References; children and seated entities (two loaders); children's parents come from the first batch's cache.
    expect(sqlStatements).toBe(3);
  });

  it('answers _service with the SDL', async () => {
    const { body } = await server.post<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(body.data!._service.sdl).toContain('type Territory');
    expect(body.data!._service.sdl).toContain('@key(fields: "code")');
  });
});

describe('the context token', () => {
  it('refuses a request without one (401)', async () => {
    const { status, body } = await server.post('{ territory(code: "02") { name } }', {}, { token: null });
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('refuses a token made for another subgraph (401)', async () => {
    const { status } = await server.post('{ territory(code: "02") { name } }', {}, { token: await server.keys.token('identity') });
    expect(status).toBe(401);
  });
});
