import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from './cli-io';
import { conflictingSdl, entitiesSdl, identitySdl } from './fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

const ENTITIES_URL = 'http://127.0.0.1:4100/graphql';
const IDENTITY_URL = 'http://127.0.0.1:4101/graphql';

let h: RegistryHarness;
let dir: string;
let registry: string[];

function sdlFile(name: string, sdl: string): string {
  const file = path.join(dir, `${name}.graphql`);
  writeFileSync(file, sdl);
  return file;
}

beforeAll(async () => {
  // No REGISTRY_PUBLISH_TOKEN: a development registry accepts publishes without one.
  h = await startRegistry('registry_cli');
  registry = ['--registry', h.server.url];
  dir = mkdtempSync(path.join(tmpdir(), 'egob-cli-int-'));
});

afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('egob-registry against a running registry', () => {
  it('says so when nothing is published yet', async () => {
    expect(await cli(['list', ...registry])).toEqual({ code: 0, stdout: 'No hay subgrafos publicados.\n', stderr: '' });
    expect(await cli(['fetch', ...registry])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'No se pudo descargar el supergrafo (NO_SUPERGRAPH): Todavía no hay supergrafo: ningún subgrafo ha sido publicado.\n',
    });
  });

  it('publishes, then reports an identical republish as unchanged', async () => {
    const file = sdlFile('entities', entitiesSdl);
    const args = ['publish', 'entities', '--sdl', file, '--url', ENTITIES_URL, '--version', '1.0.0', '--owner', 'AGETIC', ...registry];
    expect(await cli(args)).toEqual({
      code: 0,
      stdout: 'Publicado el subgrafo "entities" versión 1.0.0 (id de versión 1, propietario AGETIC).\nSupergrafo vigente: 1\n',
      stderr: '',
    });
    expect(await cli(args)).toEqual({
      code: 0,
      stdout:
        'Sin cambios: el subgrafo "entities" ya tiene este SDL, URL y propietario (versión 1.0.0, id de versión 1).\nSupergrafo vigente: 1\n',
      stderr: '',
    });
  });

  it('prints the registry answer as JSON with --json', async () => {
    const file = sdlFile('identity', identitySdl);
    const run = await cli(['publish', 'identity', '--sdl', file, '--url', IDENTITY_URL, '--version', '2.0.0', '--owner', 'ADSIB', '--json', ...registry]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      subgraph: { name: 'identity', versionId: '2', version: '2.0.0', url: IDENTITY_URL, owner: 'ADSIB' },
      supergraph: { id: '2' },
      checks: expect.objectContaining({ changes: [], verdict: 'PASS' }),
    });
  });

  it('exits 1 on a composition failure and prints the errors', async () => {
    const file = sdlFile('health', conflictingSdl);
    const run = await cli(['publish', 'health', '--sdl', file, '--url', 'http://127.0.0.1:4104/graphql', '--version', '0.1.0', '--owner', 'MSALUD', ...registry]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'Publicación rechazada (COMPOSITION_FAILED): La composición con los demás subgrafos falló (2 errores); el supergrafo vigente no cambia.',
        '  - FIELD_TYPE_MISMATCH: Type of field "Query.territory" is incompatible across subgraphs: it has type "Territory" in subgraph "entities" but type "String" in subgraph "health"',
        '  - INVALID_FIELD_SHARING: Non-shareable field "Query.territory" is resolved from multiple subgraphs: it is resolved from subgraphs "entities" and "health" and defined as non-shareable in all of them',
        '',
      ].join('\n'),
    });
    const json = await cli(['publish', 'health', '--sdl', file, '--url', 'http://127.0.0.1:4104/graphql', '--version', '0.1.0', '--owner', 'MSALUD', '--json', ...registry]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'COMPOSITION_FAILED', errors: [{ code: 'FIELD_TYPE_MISMATCH' }, { code: 'INVALID_FIELD_SHARING' }] } });
  });

  it('exits 1 on invalid SDL and on a bad name', async () => {
    const file = sdlFile('broken', 'type Query {');
    expect(await cli(['publish', 'health', '--sdl', file, '--url', 'http://h', '--version', '1', '--owner', 'MSALUD', ...registry])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Publicación rechazada (INVALID_SDL): SDL inválido (línea 1, columna 13): Syntax Error: Expected Name, found <EOF>.\n',
    });
    const named = await cli(['publish', 'Bad_Name', '--sdl', sdlFile('ok', entitiesSdl), '--url', 'http://h', '--version', '1', '--owner', 'MSALUD', ...registry]);
    expect(named.code).toBe(1);
    expect(named.stderr).toBe(
      'Publicación rechazada (INVALID_NAME): El nombre de subgrafo "Bad_Name" no es válido: debe cumplir [a-z][a-z0-9-]* y tener como máximo 64 caracteres.\n',
    );
  });

  it('lists the subgraphs as a table, or as JSON', async () => {
    const list = await cli(['list', ...registry]);
    expect(list).toEqual({
      code: 0,
      stdout: [
        'NOMBRE    VERSIÓN  ID  PROPIETARIO  PUBLICADO                 URL',
        `entities  1.0.0    1   AGETIC       ${h.instant(0)}  ${ENTITIES_URL}`,
        `identity  2.0.0    2   ADSIB        ${h.instant(1)}  ${IDENTITY_URL}`,
        '',
      ].join('\n'),
      stderr: '',
    });
    const json = await cli(['list', '--json', ...registry]);
    expect(JSON.parse(json.stdout)).toEqual({
      subgraphs: [
        { name: 'entities', url: ENTITIES_URL, version: '1.0.0', versionId: '1', owner: 'AGETIC', publishedAt: h.instant(0) },
        { name: 'identity', url: IDENTITY_URL, version: '2.0.0', versionId: '2', owner: 'ADSIB', publishedAt: h.instant(1) },
      ],
    });
  });

  it('fetches the current supergraph to stdout, to a file, or as JSON', async () => {
    const served = (await request(h.server.url, 'GET', '/supergraph')).body as { id: string; sdl: string; createdAt: string };
    expect(served.id).toBe('2');
    const expectedText = served.sdl.endsWith('\n') ? served.sdl : `${served.sdl}\n`;

    expect(await cli(['fetch', ...registry])).toEqual({ code: 0, stdout: expectedText, stderr: '' });

    const out = path.join(dir, 'supergraph.graphql');
    expect(await cli(['fetch', '--out', out, ...registry])).toEqual({
      code: 0,
      stdout: `Supergrafo 2 (creado ${h.instant(1)}) guardado en ${out}.\n`,
      stderr: '',
    });
    expect(readFileSync(out, 'utf8')).toBe(expectedText);

    const json = await cli(['fetch', '--json', ...registry]);
    expect(JSON.parse(json.stdout)).toEqual(served);
  });
});
