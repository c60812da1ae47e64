import { createHash } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { createSilentLogger } from '@egob/logger';
import { createRegistryApp, loadRegistryConfig } from '../src';
import {
  conflictingSdl,
  entitiesSdl,
  identityKeyConflictSdl,
  identitySdl,
  identityV2Sdl,
  largeSdl,
} from './fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

// Open mode (no REGISTRY_ADMIN_KEY): keys, owners and checks have their own test files.
const auth: Record<string, string> = {};
const ENTITIES_URL = 'http://127.0.0.1:4100/graphql';
const IDENTITY_URL = 'http://127.0.0.1:4101/graphql';

let h: RegistryHarness;
let base: string;

const call = (method: string, path: string, options: Parameters<typeof request>[3] = {}) => request(base, method, path, options);
const publish = (name: string, body: unknown, headers: Record<string, string> = auth) =>
  call('POST', `/subgraphs/${name}`, { json: body, headers });

/** Row counts of the three tables: a refused publish must leave them as they were. */
async function counts(): Promise<number[]> {
  const manager = h.registry.database.dataSource.manager;
  const tables = ['registry_subgraph', 'registry_subgraph_version', 'registry_supergraph_version'];
  const rows = await Promise.all(tables.map((t) => manager.query(`SELECT COUNT(*) AS n FROM ${t}`) as Promise<{ n: number | string }[]>));
  return rows.map((r) => Number(r[0]!.n));
}

/** The ETag of a supergraph: `"<id>.<first 16 hex of sha256(sdl)>"`. */
function etagOf(id: string, sdl: string): string {
  return `"${id}.${createHash('sha256').update(sdl).digest('hex').slice(0, 16)}"`;
}

function compose(...members: [string, string, string][]): string {
  const result = composeServices(members.map(([name, url, sdl]) => ({ name, url, typeDefs: parse(sdl) })));
  if (!result.supergraphSdl) throw new Error('fixture does not compose');
  return result.supergraphSdl;
}

beforeAll(async () => {
  h = await startRegistry('registry');
  base = h.server.url;
});

afterAll(async () => {
  await h.close();
});

describe('schema registry over HTTP', () => {
  it('has no supergraph and no subgraphs before the first publish', async () => {
    const supergraph = await call('GET', '/supergraph');
    expect(supergraph.status).toBe(404);
    expect(supergraph.body).toEqual({
      error: { code: 'NO_SUPERGRAPH', message: 'Todavía no hay supergrafo: ningún subgrafo ha sido publicado.' },
    });
    expect(await call('GET', '/subgraphs')).toMatchObject({ status: 200, body: { subgraphs: [] } });
  });

  it('publishes two compatible subgraphs, each making a new supergraph', async () => {
    const first = await publish('entities', { sdl: entitiesSdl, url: ENTITIES_URL, version: '1.0.0', owner: 'AGETIC' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      ok: true,
      subgraph: { name: 'entities', versionId: '1', version: '1.0.0', url: ENTITIES_URL, owner: 'AGETIC' },
      supergraph: { id: '1' },
      checks: {
        composition: { ok: true, errors: [] },
        publicVariant: { ok: true, errors: [] },
        changes: [],
        usage: { windowDays: 30, since: '2025-12-16T12:00:00.000Z', affected: [], message: 'No hay cambios incompatibles: no se consultó el uso.' },
        lint: ['Query', 'Query.territory', 'Query.territory(code:)', 'Territory', 'Territory.code', 'Territory.name'].map((coordinate) => ({
          severity: 'warn',
          coordinate,
          rule: 'description-required',
          message: `Falta la descripción de ${coordinate}.`,
        })),
        verdict: 'PASS',
      },
    });
    const second = await publish('identity', { sdl: identitySdl, url: IDENTITY_URL, version: '1.0.0', owner: 'ADSIB' });
    expect(second.status).toBe(201);
    expect(second.body).toEqual({
      ok: true,
      subgraph: { name: 'identity', versionId: '2', version: '1.0.0', url: IDENTITY_URL, owner: 'ADSIB' },
      supergraph: { id: '2' },
      checks: expect.objectContaining({ changes: [], verdict: 'PASS' }),
    });
    expect(await counts()).toEqual([2, 2, 2]);
  });

  it('serves the supergraph of both with an ETag, and 304 on If-None-Match', async () => {
    const current = await call('GET', '/supergraph');
    expect(current.status).toBe(200);
    const sdl = compose(['entities', ENTITIES_URL, entitiesSdl], ['identity', IDENTITY_URL, identitySdl]);
    expect(current.headers.get('etag')).toBe(etagOf('2', sdl));
    expect(current.headers.get('cache-control')).toBe('no-cache');
    expect(current.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(current.body).toEqual({
      id: '2',
      variant: 'main',
      sdl,
      createdAt: h.instant(1),
      sha256: createHash('sha256').update(sdl).digest('hex'),
      signature: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/),
    });

    const notModified = await call('GET', '/supergraph', { headers: { 'if-none-match': etagOf('2', sdl) } });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeUndefined();
    expect(notModified.headers.get('etag')).toBe(etagOf('2', sdl));

    const stale = await call('GET', '/supergraph', { headers: { 'if-none-match': '"1"' } });
    expect(stale.status).toBe(200);
    expect((stale.body as { id: string }).id).toBe('2');
  });

  it('answers an identical republish with 200 unchanged, keeping the supergraph', async () => {
    const again = await publish('identity', { sdl: identitySdl, url: IDENTITY_URL, version: '1.0.1-restart', owner: 'ADSIB' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      ok: true,
      unchanged: true,
      subgraph: { name: 'identity', versionId: '2', version: '1.0.0', url: IDENTITY_URL, owner: 'ADSIB' },
      supergraph: { id: '2' },
    });
    expect(await counts()).toEqual([2, 2, 2]);
    expect((await call('GET', '/supergraph')).headers.get('etag')).toBe(
      etagOf('2', compose(['entities', ENTITIES_URL, entitiesSdl], ['identity', IDENTITY_URL, identitySdl])),
    );
  });

  it('refuses a new subgraph that fails composition with 422 and changes nothing', async () => {
    const refused = await publish('health', { sdl: conflictingSdl, url: 'http://127.0.0.1:4104/graphql', version: '0.1.0', owner: 'MSALUD' });
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({
      ok: false,
      error: {
        code: 'COMPOSITION_FAILED',
        message: 'La composición con los demás subgrafos falló (2 errores); el supergrafo vigente no cambia.',
        errors: [
          {
            code: 'FIELD_TYPE_MISMATCH',
            message:
              'Type of field "Query.territory" is incompatible across subgraphs: it has type "Territory" in subgraph "entities" but type "String" in subgraph "health"',
          },
          {
            code: 'INVALID_FIELD_SHARING',
            message:
              'Non-shareable field "Query.territory" is resolved from multiple subgraphs: it is resolved from subgraphs "entities" and "health" and defined as non-shareable in all of them',
          },
        ],
      },
      checks: expect.objectContaining({ composition: { ok: false, errors: expect.any(Array) }, verdict: 'COMPOSITION_FAILED' }),
    });
    expect(await counts()).toEqual([2, 2, 2]);
    const current = await call('GET', '/supergraph');
    expect(current.headers.get('etag')).toBe(etagOf('2', compose(['entities', ENTITIES_URL, entitiesSdl], ['identity', IDENTITY_URL, identitySdl])));
    expect((current.body as { sdl: string }).sdl).toBe(compose(['entities', ENTITIES_URL, entitiesSdl], ['identity', IDENTITY_URL, identitySdl]));
  });

  it('refuses a new version of a subgraph with a key field type conflict, keeping its current version', async () => {
    const refused = await publish('identity', { sdl: identityKeyConflictSdl, url: IDENTITY_URL, version: '1.1.0', owner: 'ADSIB' });
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({
      ok: false,
      error: {
        code: 'COMPOSITION_FAILED',
        message: 'La composición con los demás subgrafos falló (1 error); el supergrafo vigente no cambia.',
        errors: [
          {
            code: 'FIELD_TYPE_MISMATCH',
            message:
              'Type of field "Territory.code" is incompatible across subgraphs: it has type "ID!" in subgraph "entities" but type "Int!" in subgraph "identity"',
          },
        ],
      },
      checks: expect.objectContaining({ composition: { ok: false, errors: expect.any(Array) }, verdict: 'COMPOSITION_FAILED' }),
    });
    expect(await counts()).toEqual([2, 2, 2]);
    const identity = await call('GET', '/subgraphs/identity');
    expect((identity.body as { subgraph: { versionId: string; sdl: string } }).subgraph).toMatchObject({ versionId: '2', sdl: identitySdl });
  });

  it('refuses invalid SDL with 400 and the parse error with line and column', async () => {
    const refused = await publish('health', { sdl: 'type Query {\n  a: String\n  b\n}', url: 'http://h', version: '1', owner: 'MSALUD' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      ok: false,
      error: {
        code: 'INVALID_SDL',
        message: 'SDL inválido (línea 4, columna 1): Syntax Error: Expected ":", found "}".',
        details: { line: 4, column: 1 },
      },
    });
    expect(await counts()).toEqual([2, 2, 2]);
  });

  it('refuses SDL that parses but is not a valid subgraph with 400', async () => {
    const refused = await publish('health', { sdl: 'type Query {\n  a: Affiliate\n}', url: 'http://h', version: '1', owner: 'MSALUD' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      ok: false,
      error: {
        code: 'INVALID_SDL',
        message: 'SDL inválido: [health] Unknown type Affiliate',
        details: { errors: [{ code: 'INVALID_GRAPHQL', message: '[health] Unknown type Affiliate', line: 2, column: 6 }] },
      },
    });
  });

  it.each(['Bad_Name', '1abc'])('refuses the subgraph name %s with 400', async (name) => {
    const refused = await publish(name, { sdl: entitiesSdl, url: ENTITIES_URL, version: '1', owner: 'AGETIC' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      ok: false,
      error: {
        code: 'INVALID_NAME',
        message: `El nombre de subgrafo "${name}" no es válido: debe cumplir [a-z][a-z0-9-]* y tener como máximo 64 caracteres.`,
      },
    });
  });

  it('refuses a body without url and version with 400 naming both', async () => {
    const refused = await publish('health', { sdl: entitiesSdl, owner: 'MSALUD' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        message:
          'Solicitud inválida: url: requerida: una URL http(s)://…; version: requerida: una etiqueta de 1 a 64 caracteres (versión del paquete, sha de git…).',
        details: {
          fields: [
            { field: 'url', message: 'requerida: una URL http(s)://…' },
            { field: 'version', message: 'requerida: una etiqueta de 1 a 64 caracteres (versión del paquete, sha de git…)' },
          ],
        },
      },
    });
  });

  it('answers a non-JSON body with a 400 JSON error, whatever its content type', async () => {
    for (const headers of [{ 'content-type': 'application/json' }, { 'content-type': 'text/plain' }, {}] as Record<string, string>[]) {
      const refused = await call('POST', '/subgraphs/health', { raw: 'sdl=type Query', headers: { ...auth, ...headers } });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(refused.body).toEqual({
        ok: false,
        error: { code: 'INVALID_REQUEST', message: 'El cuerpo no es JSON válido: Unexpected token \'s\', "sdl=type Query" is not valid JSON' },
      });
    }
    const array = await call('POST', '/subgraphs/health', { json: [entitiesSdl], headers: auth });
    expect(array.status).toBe(400);
    expect(array.body).toEqual({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'El cuerpo debe ser un objeto JSON (Content-Type: application/json).' },
    });
    // An empty body reads as an empty object: every field is reported missing.
    const empty = await call('POST', '/subgraphs/health', { headers: auth });
    expect(empty.status).toBe(400);
    expect((empty.body as { error: { details: { fields: { field: string }[] } } }).error.details.fields.map((f) => f.field)).toEqual([
      'sdl',
      'url',
      'version',
      'owner',
    ]);
  });

  it('answers a body over 2 MB with a 413 JSON error', async () => {
    const refused = await publish('health', { sdl: 'x'.repeat(2 * 1024 * 1024), url: 'http://h', version: '1', owner: 'MSALUD' });
    expect(refused.status).toBe(413);
    expect(refused.body).toEqual({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: 'El cuerpo supera el límite de 2 MB.' } });
  });

  it('lists the current subgraphs sorted by name', async () => {
    expect(await call('GET', '/subgraphs')).toMatchObject({
      status: 200,
      body: {
        subgraphs: [
          { name: 'entities', url: ENTITIES_URL, version: '1.0.0', versionId: '1', owner: 'AGETIC', publishedAt: h.instant(0) },
          { name: 'identity', url: IDENTITY_URL, version: '1.0.0', versionId: '2', owner: 'ADSIB', publishedAt: h.instant(1) },
        ],
      },
    });
  });

  it('returns one subgraph with its SDL, 404 when unknown, 400 on a bad name', async () => {
    expect(await call('GET', '/subgraphs/entities')).toMatchObject({
      status: 200,
      body: {
        subgraph: {
          name: 'entities',
          url: ENTITIES_URL,
          version: '1.0.0',
          versionId: '1',
          owner: 'AGETIC',
          publishedAt: h.instant(0),
          sdl: entitiesSdl,
        },
      },
    });
    expect(await call('GET', '/subgraphs/health')).toMatchObject({
      status: 404,
      body: { error: { code: 'SUBGRAPH_NOT_FOUND', message: 'No existe el subgrafo "health".' } },
    });
    expect(await call('GET', '/subgraphs/Bad_Name')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_NAME' } } });
  });

  it('answers unknown routes with a 404 JSON error', async () => {
    expect(await call('DELETE', '/supergraph')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'No existe la ruta DELETE /supergraph.' } },
    });
  });

  it('accepts a compatible new version, keeping the old one immutable', async () => {
    const accepted = await publish('identity', { sdl: identityV2Sdl, url: IDENTITY_URL, version: '1.1.0', owner: 'ADSIB' });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual({
      ok: true,
      subgraph: { name: 'identity', versionId: '3', version: '1.1.0', url: IDENTITY_URL, owner: 'ADSIB' },
      supergraph: { id: '3' },
      checks: expect.objectContaining({
        changes: [{ criticality: 'SAFE', type: 'FIELD_ADDED', coordinate: 'Citizen.surnames', message: "Field 'surnames' was added to object type 'Citizen'" }],
        verdict: 'PASS',
      }),
    });
    expect(await counts()).toEqual([2, 3, 3]);
    const manager = h.registry.database.dataSource.manager;
    const versions = (await manager.query(
      'SELECT id, subgraph_name, version_label, sdl FROM registry_subgraph_version ORDER BY id',
    )) as { id: number; subgraph_name: string; version_label: string; sdl: string }[];
    expect(versions.map((v) => [Number(v.id), v.subgraph_name, v.version_label, v.sdl])).toEqual([
      [1, 'entities', '1.0.0', entitiesSdl],
      [2, 'identity', '1.0.0', identitySdl],
      [3, 'identity', '1.1.0', identityV2Sdl],
    ]);
    const supergraphs = (await manager.query(
      'SELECT id, variant, cause, cause_subgraph_version_id, member_version_ids, created_by FROM registry_supergraph_version ORDER BY id',
    )) as Record<string, unknown>[];
    expect(supergraphs.map((s) => [Number(s.id), s.variant, s.cause, Number(s.cause_subgraph_version_id), s.member_version_ids, s.created_by])).toEqual([
      [1, 'main', 'publish', 1, '[1]', 'dev'],
      [2, 'main', 'publish', 2, '[1,2]', 'dev'],
      [3, 'main', 'publish', 3, '[1,3]', 'dev'],
    ]);
    expect(await call('GET', '/supergraph')).toMatchObject({
      status: 200,
      // Two refused publishes read the clock in between (their checks' usage window).
      body: { id: '3', sdl: compose(['entities', ENTITIES_URL, entitiesSdl], ['identity', IDENTITY_URL, identityV2Sdl]), createdAt: h.instant(4) },
    });
  });

  it('serializes concurrent publishes: every one gets its own supergraph and the last has all', async () => {
    const names = ['c-one', 'c-two', 'c-three', 'c-four', 'c-five'];
    const answers = await Promise.all(
      names.map((name, i) =>
        publish(name, { sdl: largeSdl(`C${i}`, 1, 1), url: `http://127.0.0.1:${4200 + i}/graphql`, version: '1', owner: 'AGETIC' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    const ids = answers.map((a) => Number((a.body as { supergraph: { id: string } }).supergraph.id)).sort((a, b) => a - b);
    expect(ids).toEqual([4, 5, 6, 7, 8]);
    const current = (await call('GET', '/supergraph')).body as { id: string; sdl: string };
    expect(current.id).toBe('8');
    for (const name of names) expect(current.sdl).toContain(`@join__graph(name: "${name}"`);
    expect(await counts()).toEqual([7, 8, 8]);
  });

  it('stores and serves a supergraph larger than 64 KB intact', async () => {
    const sdl = largeSdl('Big', 40, 30);
    const accepted = await publish('big', { sdl, url: 'http://127.0.0.1:4300/graphql', version: '1', owner: 'AGETIC' });
    expect(accepted.status).toBe(201);
    const current = (await call('GET', '/supergraph')).body as { id: string; sdl: string };
    expect(current.sdl.length).toBeGreaterThan(100_000);
    const stored = (await h.registry.database.dataSource.manager.query('SELECT sdl FROM registry_supergraph_version WHERE id = ?', [
      Number(current.id),
    ])) as { sdl: string }[];
    expect(stored[0]!.sdl).toBe(current.sdl);
    expect(((await call('GET', '/subgraphs/big')).body as { subgraph: { sdl: string } }).subgraph.sdl).toBe(sdl);
  });

  it('serves the same supergraph after a restart on the same database', async () => {
    const before = (await call('GET', '/supergraph')).body;
    await h.registry.stop();
    const config = loadRegistryConfig({ PORT: '0', DATABASE_URL: h.database.url, EGOB_MODE: 'test' });
    h.registry = await createRegistryApp(config, { logger: createSilentLogger() });
    base = (await h.registry.start()).url;
    // Same supergraph, signed by the key the restarted registry generated (no REGISTRY_SIGNING_KEY here).
    expect(await call('GET', '/supergraph')).toMatchObject({ status: 200, body: { ...(before as object), signature: expect.any(String) } });
    const again = await publish('entities', { sdl: entitiesSdl, url: ENTITIES_URL, version: '1.0.0', owner: 'AGETIC' });
    expect(again).toMatchObject({ status: 200, body: { unchanged: true, supergraph: { id: (before as { id: string }).id } } });
  });
});
