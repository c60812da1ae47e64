import { entitiesSdl, identitySdl, LINK } from './fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

const ADMIN_KEY = 'admin-key-for-tests-0123456789abcdef';
const USAGE_KEY = 'usage-key-for-tests-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_KEY}` };
const gateway = { authorization: `Bearer ${USAGE_KEY}` };
const ENTITIES_URL = 'http://127.0.0.1:4100/graphql';
const IDENTITY_URL = 'http://127.0.0.1:4101/graphql';
const withoutResidence = identitySdl.replace('  residence: Territory\n', '');
const withoutNames = withoutResidence.replace('  names: String!\n', '');

let h: RegistryHarness;
let base: string;
const keys: Record<string, { id: string; key: string }> = {};

const call = (method: string, path: string, options: Parameters<typeof request>[3] = {}) => request(base, method, path, options);
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const publish = (name: string, body: unknown, key: string) => call('POST', `/subgraphs/${name}`, { json: body, headers: bearer(key) });
const check = (name: string, body: unknown, key: string) => call('POST', `/subgraphs/${name}/check`, { json: body, headers: bearer(key) });
const identity = (sdl: string, extra: Record<string, unknown> = {}) => ({ sdl, url: IDENTITY_URL, version: '2.0.0', owner: 'ADSIB', ...extra });

async function rows(table: string): Promise<Record<string, unknown>[]> {
  return (await h.registry.database.dataSource.manager.query(`SELECT * FROM ${table} ORDER BY 1`)) as Record<string, unknown>[];
}

async function counts(): Promise<number[]> {
  return Promise.all(['registry_subgraph', 'registry_subgraph_version', 'registry_supergraph_version'].map(async (t) => (await rows(t)).length));
}

beforeAll(async () => {
  h = await startRegistry('registry_keys', { REGISTRY_ADMIN_KEY: ADMIN_KEY, REGISTRY_USAGE_KEY: USAGE_KEY });
  base = h.server.url;
});

afterAll(async () => {
  await h.close();
});

describe('owners and publish keys', () => {
  it('registers owners with the admin key only, and lists them publicly', async () => {
    const body = { code: 'AGETIC', name: 'Agencia de Gobierno Electrónico' };
    for (const headers of [{}, { authorization: 'Bearer not-the-admin-key' }] as Record<string, string>[]) {
      expect(await call('POST', '/owners', { json: body, headers })).toMatchObject({
        status: 401,
        body: {
          ok: false,
          error: { code: 'UNAUTHENTICATED', message: 'Se requiere la clave de administración del registro (Authorization: Bearer <REGISTRY_ADMIN_KEY>).' },
        },
      });
    }
    const created = await call('POST', '/owners', { json: body, headers: admin });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ code: 'AGETIC', name: 'Agencia de Gobierno Electrónico', createdAt: h.instant(0) });
    expect((await call('POST', '/owners', { json: { code: 'ADSIB', name: 'ADSIB' }, headers: admin })).status).toBe(201);
    expect(await call('POST', '/owners', { json: body, headers: admin })).toMatchObject({
      status: 409,
      body: { ok: false, error: { code: 'OWNER_EXISTS', message: 'La entidad "AGETIC" ya está registrada.' } },
    });
    expect(await call('POST', '/owners', { json: { code: 'agetic' }, headers: admin })).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'INVALID_REQUEST' } },
    });
    expect(await call('GET', '/owners')).toMatchObject({
      status: 200,
      body: {
        owners: [
          { code: 'ADSIB', name: 'ADSIB', createdAt: h.instant(1) },
          { code: 'AGETIC', name: 'Agencia de Gobierno Electrónico', createdAt: h.instant(0) },
        ],
      },
    });
  });

  it('creates keys shown once, stores only their digest, and lists them without secrets', async () => {
    for (const owner of ['AGETIC', 'ADSIB']) {
      const created = await call('POST', '/keys', { json: { owner, description: `CI de ${owner}` }, headers: admin });
      expect(created.status).toBe(201);
      const body = created.body as { id: string; owner: string; description: string; createdAt: string; key: string };
      expect(body).toEqual({ id: body.id, owner, description: `CI de ${owner}`, createdAt: body.createdAt, key: body.key });
      expect(body.key).toMatch(new RegExp(`^egob_pk_${body.id}_[A-Za-z0-9_-]{43}$`));
      keys[owner] = { id: body.id, key: body.key };
    }
    expect(keys.AGETIC!.id).toBe('1');
    expect(keys.ADSIB!.id).toBe('2');
    const stored = await rows('registry_publish_key');
    expect(stored.map((row) => row.secret_sha256)).toEqual(
      ['AGETIC', 'ADSIB'].map((owner) => require('node:crypto').createHash('sha256').update(keys[owner]!.key.slice(-43)).digest('hex')),
    );
    expect(JSON.stringify(stored)).not.toContain(keys.AGETIC!.key.slice(-43));
    expect(await call('GET', '/keys', { headers: admin })).toEqual(
      expect.objectContaining({
        status: 200,
        body: {
          keys: [
            { id: '1', owner: 'AGETIC', description: 'CI de AGETIC', createdAt: h.instant(2), revokedAt: null },
            { id: '2', owner: 'ADSIB', description: 'CI de ADSIB', createdAt: h.instant(3), revokedAt: null },
          ],
        },
      }),
    );
    expect((await call('GET', '/keys')).status).toBe(401);
    expect(await call('POST', '/keys', { json: { owner: 'NOPE', description: 'x' }, headers: admin })).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'UNKNOWN_OWNER' } },
    });
  });

  it('publishes with the owner\'s key and records the key id as publisher', async () => {
    const entities = await publish('entities', { sdl: entitiesSdl, url: ENTITIES_URL, version: '1.0.0', owner: 'AGETIC' }, keys.AGETIC!.key);
    expect(entities.status).toBe(201);
    const first = await publish('identity', identity(identitySdl, { version: '1.0.0' }), keys.ADSIB!.key);
    expect(first.status).toBe(201);
    expect((await rows('registry_subgraph_version')).map((row) => [row.subgraph_name, row.published_by, row.forced_reason])).toEqual([
      ['entities', '1', null],
      ['identity', '2', null],
    ]);
    expect((await rows('registry_supergraph_version')).map((row) => row.created_by)).toEqual(['1', '2']);
  });

  it('refuses no key and a garbled key with 401, another entity\'s key with 403, an unknown owner with 400; nothing changes', async () => {
    const body = identity(withoutResidence);
    for (const headers of [{}, { authorization: 'Bearer egob_pk_2_short' }, { authorization: `Bearer ${keys.ADSIB!.key.slice(0, -1)}x` }] as Record<
      string,
      string
    >[]) {
      const refused = await call('POST', '/subgraphs/identity', { json: body, headers });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="egob-registry"');
      expect(refused.body).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: 'Se requiere una clave de publicación válida (Authorization: Bearer egob_pk_…).' },
      });
    }
    expect(await publish('identity', body, keys.AGETIC!.key)).toMatchObject({
      status: 403,
      body: { ok: false, error: { code: 'FORBIDDEN', message: 'La clave de AGETIC no puede publicar el subgrafo de ADSIB.' } },
    });
    expect(await check('identity', body, keys.AGETIC!.key)).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    // A key never moves a subgraph to its own entity.
    expect(await publish('identity', { ...body, owner: 'AGETIC' }, keys.AGETIC!.key)).toMatchObject({
      status: 403,
      body: { error: { message: 'La clave de AGETIC no puede publicar el subgrafo de ADSIB.' } },
    });
    expect(await publish('health', { sdl: entitiesSdl.replace(/territory/g, 'clinic'), url: 'http://127.0.0.1:4104/graphql', version: '1', owner: 'MSALUD' }, keys.AGETIC!.key)).toMatchObject({
      status: 400,
      body: {
        ok: false,
        error: {
          code: 'UNKNOWN_OWNER',
          message: 'La entidad "MSALUD" no está registrada como propietaria; el administrador debe registrarla (POST /owners).',
        },
      },
    });
    expect(await counts()).toEqual([2, 2, 2]);
  });
});

describe('usage reports', () => {
  const report = (extra: Record<string, unknown>) => ({
    operationName: 'CitizenHome',
    clientName: 'portal',
    clientVersion: '1.2.0',
    coordinates: ['Query.citizen', 'Query.citizen(ci:)', 'Citizen.names'],
    count: 17,
    lastSeen: '2026-01-14T19:00:00.000Z',
    ...extra,
  });

  it('needs the usage key', async () => {
    expect(await call('POST', '/usage', { json: { gateway: 'gw-1', reports: [report({})] } })).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Se requiere la clave de uso del registro (Authorization: Bearer <REGISTRY_USAGE_KEY>).' } },
    });
  });

  it.each([
    [{ reports: [report({}), report({ coordinates: ['Citizen.names', 'Citizen..names'] })] }, 'reports[1].coordinates[1]: "Citizen..names" no es una coordenada de esquema (Tipo.campo o Tipo.campo(argumento:))'],
    [{ reports: [report({ coordinates: ['Query.citizen(ci)'] })] }, 'reports[0].coordinates[0]: "Query.citizen(ci)" no es una coordenada de esquema (Tipo.campo o Tipo.campo(argumento:))'],
    [{ reports: [report({ count: 0 })] }, 'reports[0].count: debe ser un entero de 1 a 1000000000'],
    [{ reports: [report({ lastSeen: 'ayer' })] }, 'reports[0].lastSeen: debe ser una fecha y hora ISO-8601 (p. ej. 2026-11-25T19:00:00.000Z)'],
    [{ reports: 'x' }, 'reports: debe ser una lista'],
  ])('refuses %j with 400 naming the first bad item, storing nothing', async (body, where) => {
    const refused = await call('POST', '/usage', { json: { gateway: 'gw-1', ...body }, headers: gateway });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ ok: false, error: { code: 'INVALID_USAGE', message: `Reporte de uso inválido en ${where}; no se guardó nada.` } });
    expect(await rows('registry_usage')).toEqual([]);
  });

  it('stores reports aggregated per UTC day, coordinate, operation and client', async () => {
    const accepted = await call('POST', '/usage', {
      json: {
        gateway: 'gw-1',
        reports: [
          report({}),
          report({ count: 25, lastSeen: '2026-01-14T20:00:00.000Z', clientVersion: '1.3.0' }),
          // Outside the 30-day window: it must not hold back a breaking change.
          report({ operationName: 'OldReport', clientName: 'intranet', clientVersion: null, coordinates: ['Citizen.residence'], count: 3, lastSeen: '2025-11-01T08:00:00.000Z' }),
          report({ operationName: null, clientName: null, coordinates: ['Query.territory'], count: 1 }),
        ],
      },
      headers: gateway,
    });
    expect(accepted).toMatchObject({ status: 202, body: { ok: true, stored: 5 } });
    const again = await call('POST', '/usage', { json: { reports: [report({ count: 1, coordinates: ['Citizen.names'], lastSeen: '2026-01-14T10:00:00.000Z' })] }, headers: gateway });
    expect(again).toMatchObject({ status: 202, body: { ok: true, stored: 1 } });
    const stored = (await rows('registry_usage')).map((row) => [row.day, row.coordinate, row.operation_name, row.client_name, row.client_version, Number(row.count), row.last_seen]);
    expect(stored).toEqual([
      ['2026-01-14', 'Query.citizen', 'CitizenHome', 'portal', '1.3.0', 42, '2026-01-14T20:00:00.000Z'],
      ['2026-01-14', 'Query.citizen(ci:)', 'CitizenHome', 'portal', '1.3.0', 42, '2026-01-14T20:00:00.000Z'],
      ['2026-01-14', 'Citizen.names', 'CitizenHome', 'portal', '1.3.0', 43, '2026-01-14T20:00:00.000Z'],
      ['2025-11-01', 'Citizen.residence', 'OldReport', 'intranet', null, 3, '2025-11-01T08:00:00.000Z'],
      ['2026-01-14', 'Query.territory', '(anónima)', '(desconocido)', '1.2.0', 1, '2026-01-14T19:00:00.000Z'],
    ]);
  });
});

describe('checks', () => {
  it('refuses a breaking change to a field in use, naming the operation and client, as a check and as a publish', async () => {
    const checked = await check('identity', identity(withoutNames), keys.ADSIB!.key);
    expect(checked.status).toBe(200);
    const since = (checked.body as { checks: { usage: { since: string } } }).checks.usage.since;
    expect(checked.body).toEqual({
      ok: false,
      checks: {
        composition: { ok: true, errors: [] },
        publicVariant: { ok: true, errors: [] },
        changes: [
          {
            criticality: 'BREAKING',
            type: 'FIELD_REMOVED',
            coordinate: 'Citizen.names',
            message: "Field 'names' was removed from object type 'Citizen'",
          },
          {
            criticality: 'BREAKING',
            type: 'FIELD_REMOVED',
            coordinate: 'Citizen.residence',
            message: "Field 'residence' was removed from object type 'Citizen'",
          },
        ],
        usage: {
          windowDays: 30,
          since,
          affected: [{ coordinate: 'Citizen.names', operations: [{ operationName: 'CitizenHome', clientName: 'portal', count: 43, lastSeen: '2026-01-14T20:00:00.000Z' }] }],
          message: `Con tráfico registrado desde ${since} para: Citizen.names. Sin tráfico registrado desde ${since} para: Citizen.residence`,
        },
        lint: expect.arrayContaining([{ severity: 'warn', coordinate: 'Citizen', rule: 'description-required', message: 'Falta la descripción de Citizen.' }]),
        verdict: 'BREAKING_CHANGE_IN_USE',
      },
      error: {
        code: 'BREAKING_CHANGE_IN_USE',
        message: 'Cambios incompatibles en uso, rompería: Citizen.names usado por la operación CitizenHome del cliente portal (43 veces).',
        details: {
          affected: [{ coordinate: 'Citizen.names', operations: [{ operationName: 'CitizenHome', clientName: 'portal', count: 43, lastSeen: '2026-01-14T20:00:00.000Z' }] }],
        },
      },
    });
    // The check is the registry's seventh reading of the clock (two owners, two keys, two publishes before it).
    expect(since).toBe(new Date(Date.parse(h.instant(6)) - 30 * 86_400_000).toISOString());

    const refused = await publish('identity', identity(withoutNames), keys.ADSIB!.key);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      ok: false,
      error: {
        code: 'BREAKING_CHANGE_IN_USE',
        message: 'Cambios incompatibles en uso, rompería: Citizen.names usado por la operación CitizenHome del cliente portal (43 veces).',
        details: { affected: [{ coordinate: 'Citizen.names', operations: [{ operationName: 'CitizenHome', clientName: 'portal', count: 43 }] }] },
      },
      checks: { verdict: 'BREAKING_CHANGE_IN_USE' },
    });
    expect(await counts()).toEqual([2, 2, 2]);
  });

  it('passes a breaking change to a field whose only use is older than the window, saying there is no traffic', async () => {
    const accepted = await publish('identity', identity(withoutResidence), keys.ADSIB!.key);
    expect(accepted.status).toBe(201);
    const published = ((await call('GET', '/subgraphs/identity')).body as { subgraph: { publishedAt: string } }).subgraph.publishedAt;
    const since = new Date(Date.parse(published) - 30 * 86_400_000).toISOString();
    expect(accepted.body).toMatchObject({
      ok: true,
      subgraph: { name: 'identity', versionId: '3', version: '2.0.0', owner: 'ADSIB' },
      checks: {
        changes: [
          { criticality: 'BREAKING', type: 'FIELD_REMOVED', coordinate: 'Citizen.residence', message: "Field 'residence' was removed from object type 'Citizen'" },
        ],
        usage: { windowDays: 30, since, affected: [], message: `Sin tráfico registrado desde ${since} para: Citizen.residence` },
        verdict: 'PASS',
      },
    });
    expect((accepted.body as Record<string, unknown>).forced).toBeUndefined();
    const version = (await rows('registry_subgraph_version'))[2]!;
    expect([version.published_by, version.forced_reason, JSON.parse(version.changes as string)]).toEqual([
      '2',
      null,
      [{ criticality: 'BREAKING', type: 'FIELD_REMOVED', coordinate: 'Citizen.residence', message: "Field 'residence' was removed from object type 'Citizen'" }],
    ]);
  });

  it('accepts the refused change when forced with a reason, and records the reason', async () => {
    const tooShort = await publish('identity', identity(withoutNames, { force: { reason: 'no' } }), keys.ADSIB!.key);
    expect(tooShort).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_REQUEST', details: { fields: [{ field: 'force', message: 'force.reason: requerido al forzar, de 3 a 500 caracteres' }] } } },
    });
    const reason = 'El portal migró a Citizen.fullName en la versión 1.4 (acta 12/2026)';
    const forced = await publish('identity', identity(withoutNames, { force: { reason } }), keys.ADSIB!.key);
    expect(forced.status).toBe(201);
    expect(forced.body).toMatchObject({
      ok: true,
      subgraph: { versionId: '4' },
      forced: { reason },
      checks: {
        changes: [{ criticality: 'BREAKING', coordinate: 'Citizen.names' }],
        usage: { affected: [{ coordinate: 'Citizen.names', operations: [{ operationName: 'CitizenHome', clientName: 'portal', count: 43 }] }] },
        verdict: 'PASS',
      },
    });
    expect((await rows('registry_subgraph_version'))[3]!.forced_reason).toBe(reason);
    expect(await counts()).toEqual([2, 4, 4]);
  });

  it('reports composition failures in the checks of a dry run, writing nothing', async () => {
    const conflicting = `${LINK}\n\ntype Query {\n  territory(code: ID!): String\n}\n`;
    const checked = await check('identity', identity(conflicting), keys.ADSIB!.key);
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({
      ok: false,
      checks: { composition: { ok: false }, publicVariant: { ok: false, errors: [], skipped: true }, verdict: 'COMPOSITION_FAILED' },
      error: { code: 'COMPOSITION_FAILED' },
    });
    expect(await counts()).toEqual([2, 4, 4]);
  });

  it('refuses a revoked key with 401', async () => {
    const revoked = await call('DELETE', `/keys/${keys.ADSIB!.id}`, { headers: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: '2', owner: 'ADSIB', description: 'CI de ADSIB' });
    expect((revoked.body as { revokedAt: string }).revokedAt).toMatch(/^2026-01-15T/);
    expect(await publish('identity', identity(identitySdl), keys.ADSIB!.key)).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHENTICATED', message: 'La clave de publicación 2 fue revocada.' } },
    });
    expect(await call('DELETE', '/keys/99', { headers: admin })).toMatchObject({
      status: 404,
      body: { ok: false, error: { code: 'KEY_NOT_FOUND', message: 'No existe la clave de publicación "99".' } },
    });
    expect(await counts()).toEqual([2, 4, 4]);
  });
});
