import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from './cli-io';
import { identitySdl } from './fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

const ADMIN_KEY = 'cli-admin-key-0123456789abcdefghijkl';
const USAGE_KEY = 'cli-usage-key-0123456789abcdefghijkl';
const IDENTITY_URL = 'http://127.0.0.1:4101/graphql';

let h: RegistryHarness;
let dir: string;
let registry: string[];
let publishKey: string;

function sdlFile(name: string, sdl: string): string {
  const file = path.join(dir, `${name}.graphql`);
  writeFileSync(file, sdl);
  return file;
}

beforeAll(async () => {
  h = await startRegistry('registry_cli_keys', { REGISTRY_ADMIN_KEY: ADMIN_KEY, REGISTRY_USAGE_KEY: USAGE_KEY });
  registry = ['--registry', h.server.url];
  dir = mkdtempSync(path.join(tmpdir(), 'egob-cli-keys-'));
  await request(h.server.url, 'POST', '/owners', { json: { code: 'ADSIB', name: 'ADSIB' }, headers: { authorization: `Bearer ${ADMIN_KEY}` } });
});

afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('egob-registry keys, check and publish --force', () => {
  it('creates, lists and revokes keys with the admin key from the environment or --admin-key', async () => {
    const created = await cli(['keys', 'create', '--owner', 'ADSIB', '--description', 'CI de ADSIB', ...registry], { env: { REGISTRY_ADMIN_KEY: ADMIN_KEY } });
    expect(created.code).toBe(0);
    const match = /^Clave 1 creada para ADSIB\. Guárdela ahora, no se volverá a mostrar:\n(egob_pk_1_[A-Za-z0-9_-]{43})\n$/.exec(created.stdout);
    expect(match).not.toBeNull();
    publishKey = match![1]!;
    const spare = await cli(['keys', 'create', '--owner', 'ADSIB', '--description', 'repuesto', '--json', '--admin-key', ADMIN_KEY, ...registry]);
    expect(JSON.parse(spare.stdout)).toMatchObject({ id: '2', owner: 'ADSIB', description: 'repuesto' });
    expect(await cli(['keys', 'revoke', '2', '--admin-key', ADMIN_KEY, ...registry])).toEqual({
      code: 0,
      stdout: `Clave 2 de ADSIB revocada (${h.instant(3)}).\n`,
      stderr: '',
    });
    expect(await cli(['keys', 'list', '--admin-key', ADMIN_KEY, ...registry])).toEqual({
      code: 0,
      stdout: [
        'ID  PROPIETARIO  CREADA                    REVOCADA                  DESCRIPCIÓN',
        `1   ADSIB        ${h.instant(1)}  -                         CI de ADSIB`,
        `2   ADSIB        ${h.instant(2)}  ${h.instant(3)}  repuesto`,
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(await cli(['keys', 'list', ...registry])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'No se pudo administrar las claves (UNAUTHENTICATED): Se requiere la clave de administración del registro (Authorization: Bearer <REGISTRY_ADMIN_KEY>).\n',
    });
  });

  it('checks and publishes with the key; a breaking change in use exits 1 naming operation and client; --force publishes it', async () => {
    const args = (sdl: string) => ['--sdl', sdlFile('identity', sdl), '--url', IDENTITY_URL, '--version', '1.0.0', '--owner', 'ADSIB', '--token', publishKey, ...registry];
    expect((await cli(['publish', 'identity', ...args(identitySdl)])).code).toBe(0);
    await request(h.server.url, 'POST', '/usage', {
      json: { reports: [{ operationName: 'CitizenHome', clientName: 'portal', coordinates: ['Citizen.names'], count: 5, lastSeen: '2026-01-15T08:00:00.000Z' }] },
      headers: { authorization: `Bearer ${USAGE_KEY}` },
    });
    const breaking = identitySdl.replace('  names: String!\n', '');
    const checked = await cli(['check', 'identity', ...args(breaking)]);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toBe('');
    const since = new Date(Date.parse(h.instant(5)) - 30 * 86_400_000).toISOString();
    expect(checked.stdout.split('\n').filter((line) => !line.startsWith('  - warn '))).toEqual([
      'Revisión del subgrafo "identity": RECHAZADA (BREAKING_CHANGE_IN_USE)',
      'Composición: correcta',
      'Variante pública: correcta',
      'Cambios respecto de la versión vigente: 1',
      "  - BREAKING Citizen.names: Field 'names' was removed from object type 'Citizen'",
      `Uso (últimos 30 días): Con tráfico registrado desde ${since} para: Citizen.names`,
      '  - Citizen.names: operación CitizenHome del cliente portal, 5 veces (última 2026-01-15T08:00:00.000Z)',
      'Estilo: 8 observaciones',
      '',
    ]);
    const json = await cli(['check', 'identity', ...args(breaking), '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, checks: { verdict: 'BREAKING_CHANGE_IN_USE' }, error: { code: 'BREAKING_CHANGE_IN_USE' } });

    const refused = await cli(['publish', 'identity', ...args(breaking)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').slice(0, 2)).toEqual([
      'Publicación rechazada (BREAKING_CHANGE_IN_USE): Cambios incompatibles en uso, rompería: Citizen.names usado por la operación CitizenHome del cliente portal (5 veces).',
      'Composición: correcta',
    ]);

    const forced = await cli(['publish', 'identity', ...args(breaking), '--force', 'El portal ya no usa names']);
    expect(forced).toEqual({
      code: 0,
      stdout: [
        'Publicado el subgrafo "identity" versión 1.0.0 (id de versión 2, propietario ADSIB).',
        'Supergrafo vigente: 2',
        'Publicación forzada; motivo registrado: El portal ya no usa names',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
