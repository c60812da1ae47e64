import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from './cli-io';
import { publicEntitiesSdl, publicEntitiesV2Sdl, signingKeyPair } from './contract-fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

const keys = signingKeyPair();
const ENTITIES = { url: 'http://127.0.0.1:4100/graphql', owner: 'AGETIC' };
let h: RegistryHarness;
let dir: string;
const run = (...argv: string[]) => cli([...argv, '--registry', h.server.url]);

beforeAll(async () => {
  h = await startRegistry('history_cli', { REGISTRY_SIGNING_KEY: keys.privateKeyPem });
  dir = mkdtempSync(path.join(tmpdir(), 'egob-history-cli-'));
  writeFileSync(path.join(dir, 'registry.pub'), keys.publicKeyPem);
  writeFileSync(path.join(dir, 'other.pub'), signingKeyPair().publicKeyPem);
  for (const [sdl, version] of [[publicEntitiesSdl, '1.0.0'], [publicEntitiesV2Sdl, '2.0.0']] as const) {
    expect((await request(h.server.url, 'POST', '/subgraphs/entities', { json: { sdl, version, ...ENTITIES } })).status).toBe(201);
  }
});

afterAll(async () => {
  await h.close();
});

describe('egob-registry history, diff, rollback and verified fetch', () => {
  it('prints the supergraph history and a subgraph history', async () => {
    expect(await run('history')).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'ID  VARIANTE  CREADO                    CAUSA    SUBGRAFO  POR',
        `2   main      ${h.instant(1)}  publish  entities  dev`,
        `1   main      ${h.instant(0)}  publish  entities  dev`,
        '',
      ].join('\n'),
    });
    const entities = await run('history', 'entities', '--json');
    expect(entities.code).toBe(0);
    expect((JSON.parse(entities.stdout) as { versions: { versionId: string }[] }).versions.map((v) => v.versionId)).toEqual(['2', '1']);
    expect(await run('history', 'health')).toEqual({ code: 1, stdout: '', stderr: 'No se pudo leer el historial (SUBGRAPH_NOT_FOUND): No existe el subgrafo "health".\n' });
  });

  it('prints the diff of two supergraphs', async () => {
    expect(await run('diff', '1', '2')).toEqual({
      code: 0,
      stderr: '',
      stdout:
        "  SAFE      Territory.area: Field 'area' was added to object type 'Territory'\n" +
        "  SAFE      Territory.area: Field 'Territory.area' has description 'Superficie en km².'\n",
    });
    expect((await run('diff', '1')).code).toBe(2);
    expect((await run('diff', '1', '9')).code).toBe(1);
  });

  it('rolls back, and exits 1 on a missing version', async () => {
    expect(await run('rollback', '1', '--reason', 'volver a la 1')).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Supergrafo revertido: el nuevo supergrafo 3 es igual al 1.\n',
    });
    expect(await run('rollback', '77', '--reason', 'no existe')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'No se pudo revertir el supergrafo (SUPERGRAPH_NOT_FOUND): No existe el supergrafo "77".\n',
    });
    expect((await run('rollback', '1')).code).toBe(2);
  });

  it('fetches the public variant, verifying its signature with --public-key', async () => {
    const out = path.join(dir, 'public.graphql');
    const fetched = await run('fetch', '--variant', 'public', '--public-key', path.join(dir, 'registry.pub'), '--out', out);
    expect(fetched.code).toBe(0);
    expect(fetched.stderr).toBe('Firma verificada: supergrafo 3 (public).\n');
    const served = (await request(h.server.url, 'GET', '/supergraph?variant=public')).body as { sdl: string };
    expect(readFileSync(out, 'utf8')).toBe(served.sdl.endsWith('\n') ? served.sdl : `${served.sdl}\n`);
    expect(await run('fetch', '--variant', 'public', '--public-key', path.join(dir, 'other.pub'))).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Firma rechazada para el supergrafo 3 (BAD_SIGNATURE): no se muestra ni se guarda.\n',
    });
    expect((await run('fetch', '--public-key', path.join(dir, 'missing.pub'))).code).toBe(2);
  });
});
