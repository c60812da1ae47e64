import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { privateIdentitySdl, publicEntitiesSdl, publicEntitiesV2Sdl, signingKeyPair } from './contract-fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

const ENTITIES = { url: 'http://127.0.0.1:4100/graphql', owner: 'AGETIC' };
const IDENTITY = { url: 'http://127.0.0.1:4101/graphql', owner: 'SEGIP' };
const identityV2Sdl = privateIdentitySdl.replace('  names: String!\n', '  names: String!\n  "Apellidos."\n  surnames: String!\n');

let h: RegistryHarness;
let base: string;
const call = (method: string, path: string, options: Parameters<typeof request>[3] = {}) => request(base, method, path, options);
const publish = (name: string, sdl: string, target: { url: string; owner: string }, version: string) =>
  call('POST', `/subgraphs/${name}`, { json: { sdl, version, ...target } });

function compose(...members: [string, string, string][]): string {
  const result = composeServices(members.map(([name, url, sdl]) => ({ name, url, typeDefs: parse(sdl) })));
  if (!result.supergraphSdl) throw new Error('fixture does not compose');
  return result.supergraphSdl;
}

/** Row counts of the version tables: a refused rollback must leave them as they were. */
async function counts(): Promise<number[]> {
  const manager = h.registry.database.dataSource.manager;
  const tables = ['registry_subgraph_version', 'registry_supergraph_version', 'registry_supergraph_contract'];
  const rows = await Promise.all(tables.map((t) => manager.query(`SELECT COUNT(*) AS n FROM ${t}`) as Promise<{ n: number | string }[]>));
  return rows.map((r) => Number(r[0]!.n));
}

const v1Supergraph = () => compose(['entities', ENTITIES.url, publicEntitiesSdl], ['identity', IDENTITY.url, privateIdentitySdl]);

beforeAll(async () => {
  h = await startRegistry('history', { REGISTRY_SIGNING_KEY: signingKeyPair().privateKeyPem });
  base = h.server.url;
  expect((await publish('entities', publicEntitiesSdl, ENTITIES, '1.0.0')).status).toBe(201); // supergraph 1, t0
  expect((await publish('identity', privateIdentitySdl, IDENTITY, '1.0.0')).status).toBe(201); // supergraph 2, t1
  expect((await publish('entities', publicEntitiesV2Sdl, ENTITIES, '2.0.0')).status).toBe(201); // supergraph 3, t2
});

afterAll(async () => {
  await h.close();
});

const areaAdded = {
  criticality: 'SAFE',
  type: 'FIELD_ADDED',
  coordinate: 'Territory.area',
  message: "Field 'area' was added to object type 'Territory'",
};
const areaDescribed = {
  criticality: 'SAFE',
  type: 'FIELD_DESCRIPTION_ADDED',
  coordinate: 'Territory.area',
  message: "Field 'Territory.area' has description 'Superficie en km².'",
};
const areaChanges = [areaAdded, areaDescribed];

describe('subgraph history', () => {
  it('lists every version of a subgraph newest first, with who, when and the changes', async () => {
    const answer = await call('GET', '/subgraphs/entities/versions');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      versions: [
        { versionId: '3', version: '2.0.0', url: ENTITIES.url, owner: 'AGETIC', publishedBy: 'dev', publishedAt: h.instant(2), forcedReason: null, changes: areaChanges },
        { versionId: '1', version: '1.0.0', url: ENTITIES.url, owner: 'AGETIC', publishedBy: 'dev', publishedAt: h.instant(0), forcedReason: null, changes: [] },
      ],
    });
  });

  it('answers one version with its SDL, and 404 for unknown versions and subgraphs', async () => {
    expect(await call('GET', '/subgraphs/entities/versions/1')).toEqual(
      expect.objectContaining({
        status: 200,
        body: {
          name: 'entities',
          versionId: '1',
          version: '1.0.0',
          url: ENTITIES.url,
          owner: 'AGETIC',
          publishedBy: 'dev',
          publishedAt: h.instant(0),
          forcedReason: null,
          changes: [],
          sdl: publicEntitiesSdl,
        },
      }),
    );
    // Version 2 exists, but of identity.
    expect(await call('GET', '/subgraphs/entities/versions/2')).toMatchObject({
      status: 404,
      body: { error: { code: 'SUBGRAPH_VERSION_NOT_FOUND', message: 'No existe la versión "2" del subgrafo "entities".' } },
    });
    expect(await call('GET', '/subgraphs/entities/versions/abc')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_REQUEST' } } });
    expect(await call('GET', '/subgraphs/health/versions')).toMatchObject({
      status: 404,
      body: { error: { code: 'SUBGRAPH_NOT_FOUND', message: 'No existe el subgrafo "health".' } },
    });
  });
});

describe('supergraph history and diff', () => {
  it('lists the supergraphs of each variant newest first', async () => {
    const row = (id: string, variant: string, at: number, causeSubgraph: string) => ({
      id,
      variant,
      createdAt: h.instant(at),
      cause: 'publish',
      causeSubgraph,
      createdBy: 'dev',
      reason: null,
      rolledBackTo: null,
    });
    expect((await call('GET', '/supergraphs')).body).toEqual({
      supergraphs: [row('3', 'main', 2, 'entities'), row('2', 'main', 1, 'identity'), row('1', 'main', 0, 'entities')],
    });
    expect((await call('GET', '/supergraphs?variant=public')).body).toEqual({
      supergraphs: [row('3', 'public', 2, 'entities'), row('2', 'public', 1, 'identity'), row('1', 'public', 0, 'entities')],
    });
    expect(await call('GET', '/supergraphs?variant=x')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_VARIANT' } } });
  });

  it('answers one supergraph with its SDL, and 404 for an unknown id', async () => {
    const two = await call('GET', '/supergraphs/2');
    expect(two.status).toBe(200);
    expect(two.body).toEqual({
      id: '2',
      variant: 'main',
      createdAt: h.instant(1),
      cause: 'publish',
      causeSubgraph: 'identity',
      createdBy: 'dev',
      reason: null,
      rolledBackTo: null,
      sdl: v1Supergraph(),
    });
    const publicTwo = (await call('GET', '/supergraphs/2?variant=public')).body as { variant: string; sdl: string };
    expect(publicTwo.variant).toBe('public');
    expect(publicTwo.sdl).toContain('@inaccessible');
    expect(await call('GET', '/supergraphs/99')).toMatchObject({
      status: 404,
      body: { error: { code: 'SUPERGRAPH_NOT_FOUND', message: 'No existe el supergrafo "99".' } },
    });
  });

  it('diffs the API schemas of two supergraphs', async () => {
    expect(await call('GET', '/supergraphs/2/diff/3')).toMatchObject({ status: 200, body: { changes: areaChanges } });
    expect((await call('GET', '/supergraphs/3/diff/2')).body).toEqual({
      changes: [{ criticality: 'BREAKING', type: 'FIELD_REMOVED', coordinate: 'Territory.area', message: "Field 'area' was removed from object type 'Territory'" }],
    });
    // The public variant never had `population` nor Citizen: only the added public field shows.
    expect((await call('GET', '/supergraphs/1/diff/3?variant=public')).body).toEqual({ changes: areaChanges });
    expect(await call('GET', '/supergraphs/2/diff/42')).toMatchObject({ status: 404, body: { error: { code: 'SUPERGRAPH_NOT_FOUND', message: 'No existe el supergrafo "42".' } } });
  });
});

describe('rollback', () => {
  it('refuses a missing version with 404 and a bad body with 400, changing nothing', async () => {
    const before = await counts();
    expect(await call('POST', '/supergraph/rollback', { json: { to: '999', reason: 'no existe' } })).toMatchObject({
      status: 404,
      body: { ok: false, error: { code: 'SUPERGRAPH_NOT_FOUND', message: 'No existe el supergrafo "999".' } },
    });
    expect(await call('POST', '/supergraph/rollback', { json: { to: 2, reason: 'x' } })).toMatchObject({
      status: 400,
      body: {
        ok: false,
        error: {
          code: 'INVALID_REQUEST',
          message:
            'Solicitud inválida: to: requerido, el id (decimal) de un supergrafo main anterior; reason: requerido, de 3 a 500 caracteres.',
        },
      },
    });
    expect(await counts()).toEqual(before);
    expect((await call('GET', '/supergraph')).body).toMatchObject({ id: '3' });
    expect((await call('GET', '/subgraphs/entities')).body).toMatchObject({ subgraph: { versionId: '3' } });
  });

  it('makes a new supergraph equal to the old one and moves every subgraph back to its members', async () => {
    const rolled = await call('POST', '/supergraph/rollback', { json: { to: '2', reason: 'Área mal calculada' } });
    expect(rolled).toMatchObject({ status: 201, body: { ok: true, supergraph: { id: '4' } } });
    const four = await call('GET', '/supergraphs/4');
    expect(four.body).toEqual({
      id: '4',
      variant: 'main',
      createdAt: h.instant(3),
      cause: 'rollback',
      causeSubgraph: null,
      createdBy: 'dev',
      reason: 'Área mal calculada',
      rolledBackTo: '2',
      sdl: v1Supergraph(),
    });
    expect((await call('GET', '/supergraph')).body).toMatchObject({ id: '4', sdl: v1Supergraph() });
    expect(((await call('GET', '/supergraph?variant=public')).body as { id: string; sdl: string }).id).toBe('4');
    expect((await call('GET', '/supergraphs/2?variant=public')).body).toMatchObject({
      sdl: ((await call('GET', '/supergraphs/4?variant=public')).body as { sdl: string }).sdl,
    });
    expect(((await call('GET', '/subgraphs')).body as { subgraphs: { name: string; versionId: string }[] }).subgraphs.map((s) => [s.name, s.versionId])).toEqual([
      ['entities', '1'],
      ['identity', '2'],
    ]);
  });

  it('lets the next publish compose against the rolled-back state', async () => {
    const published = await publish('identity', identityV2Sdl, IDENTITY, '2.0.0');
    expect(published).toMatchObject({ status: 201, body: { supergraph: { id: '5' } } });
    const expected = compose(['entities', ENTITIES.url, publicEntitiesSdl], ['identity', IDENTITY.url, identityV2Sdl]);
    expect((await call('GET', '/supergraph')).body).toMatchObject({ id: '5', sdl: expected });
    expect(expected).not.toContain('area');
  });

  it('needs the admin key when one is configured', async () => {
    const adminKey = 'k'.repeat(40);
    const secured = await startRegistry('history_admin', { REGISTRY_ADMIN_KEY: adminKey, REGISTRY_USAGE_KEY: 'u'.repeat(40) });
    try {
      const url = secured.server.url;
      expect(await request(url, 'POST', '/supergraph/rollback', { json: { to: '1', reason: 'sin clave' } })).toMatchObject({
        status: 401,
        body: { ok: false, error: { code: 'UNAUTHENTICATED' } },
      });
      expect(
        await request(url, 'POST', '/supergraph/rollback', { json: { to: '1', reason: 'con clave' }, headers: { authorization: `Bearer ${adminKey}` } }),
      ).toMatchObject({ status: 404, body: { error: { code: 'SUPERGRAPH_NOT_FOUND' } } });
    } finally {
      await secured.close();
    }
  });
});


describe('rollback to a state with nothing public', () => {
  it('rolls main back and keeps serving the last public supergraph', async () => {
    const fresh = await startRegistry('history_empty', { REGISTRY_SIGNING_KEY: signingKeyPair().privateKeyPem });
    try {
      const url = fresh.server.url;
      const post = (name: string, sdl: string, target: { url: string; owner: string }) =>
        request(url, 'POST', `/subgraphs/${name}`, { json: { sdl, version: '1', ...target } });
      expect((await post('identity', privateIdentitySdl, IDENTITY)).status).toBe(201); // 1: nothing public
      expect((await request(url, 'GET', '/supergraph?variant=public')).status).toBe(404);
      expect((await post('entities', publicEntitiesSdl, ENTITIES)).status).toBe(201); // 2: public 2
      expect(await request(url, 'POST', '/supergraph/rollback', { json: { to: '1', reason: 'volver al inicio' } })).toMatchObject({
        status: 201,
        body: { supergraph: { id: '3' } },
      });
      expect((await request(url, 'GET', '/supergraph')).body).toMatchObject({ id: '3' });
      expect((await request(url, 'GET', '/supergraph?variant=public')).body).toMatchObject({ id: '2' });
      expect(((await request(url, 'GET', '/subgraphs')).body as { subgraphs: { name: string }[] }).subgraphs.map((s) => s.name)).toEqual(['identity']);
    } finally {
      await fresh.close();
    }
  });
});
