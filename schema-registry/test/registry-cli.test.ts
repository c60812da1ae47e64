import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from './cli-io';

const dir = mkdtempSync(path.join(tmpdir(), 'egob-cli-'));
const sdlFile = path.join(dir, 'schema.graphql');
writeFileSync(sdlFile, 'type Query { a: String }\n');

const usageHint = 'Use "egob-registry --help" para ver el uso.\n';

/** A fetch that records its calls and answers a publish with `body`, anything else with an empty list. */
function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    const answer = init.method === 'POST' ? body : { subgraphs: [] };
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fn, calls };
}

describe('egob-registry usage', () => {
  it('prints the help with exit 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Uso: egob-registry <comando> [opciones]');
    expect(run.stderr).toBe('');
  });

  it.each([
    [[], 'falta el comando (publish, check, list, fetch o keys)'],
    [['deploy'], 'comando desconocido "deploy"'],
    [['list', '--nope'], 'opción desconocida --nope'],
    [['publish', 'a', '--sdl'], '--sdl necesita un valor'],
    [['list', '-x'], 'opción desconocida -x'],
    [['list', 'extra'], 'argumentos de más: extra'],
    [['list', '--out', 'x'], 'la opción --out no se aplica a "list"'],
    [['publish'], 'publish necesita el nombre del subgrafo'],
    [['publish', 'a', '--url', 'http://a', '--version', '1', '--owner', 'AGETIC'], 'falta --sdl'],
    [['publish', 'a', '--sdl', sdlFile, '--version', '1', '--owner', 'AGETIC'], 'falta --url'],
    [['publish', 'a', '--sdl', sdlFile, '--url', 'http://a', '--owner', 'AGETIC'], 'falta --version'],
    [['publish', 'a', '--sdl', sdlFile, '--url', 'http://a', '--version', '1'], 'falta --owner'],
    [['fetch', '--registry', 'ftp://registry'], '--registry debe ser una URL http(s), no "ftp://registry"'],
  ])('%j is a usage error (exit 2)', async (argv, reason) => {
    const run = await cli(argv);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `egob-registry: ${reason}\n${usageHint}` });
  });

  it('reports an unreadable SDL file as a usage error', async () => {
    const missing = path.join(dir, 'missing.graphql');
    const run = await cli(['publish', 'a', '--sdl', missing, '--url', 'http://a', '--version', '1', '--owner', 'AGETIC']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `egob-registry: no se puede leer el archivo SDL "${missing}": ENOENT: no such file or directory, open '${missing}'\n${usageHint}`,
    });
  });
});

describe('egob-registry settings', () => {
  const accepted = {
    ok: true,
    subgraph: { name: 'a', versionId: '1', version: '1', url: 'http://a', owner: 'AGETIC' },
    supergraph: { id: '1' },
  };
  const publishArgs = ['publish', 'a', '--sdl', sdlFile, '--url', 'http://a', '--version', '1', '--owner', 'AGETIC'];

  it('takes the registry and token from the environment', async () => {
    const fake = fakeFetch(201, accepted);
    const run = await cli(publishArgs, { fetch: fake.fn, env: { REGISTRY_URL: 'http://registry:9000/', REGISTRY_PUBLISH_TOKEN: 'from-env' } });
    expect(run.code).toBe(0);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]!.url).toBe('http://registry:9000/subgraphs/a');
    expect(fake.calls[0]!.init.method).toBe('POST');
    expect(fake.calls[0]!.init.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer from-env' });
    expect(JSON.parse(String(fake.calls[0]!.init.body))).toEqual({
      sdl: 'type Query { a: String }\n',
      url: 'http://a',
      version: '1',
      owner: 'AGETIC',
    });
  });

  it('prefers --registry and --token over the environment, and defaults to 127.0.0.1:4001', async () => {
    const fake = fakeFetch(201, accepted);
    await cli([...publishArgs, '--registry', 'http://other:1', '--token', 'from-flag'], {
      fetch: fake.fn,
      env: { REGISTRY_URL: 'http://registry:9000', REGISTRY_PUBLISH_TOKEN: 'from-env' },
    });
    await cli(['list'], { fetch: fake.fn, env: {} });
    expect(fake.calls.map((c) => c.url)).toEqual(['http://other:1/subgraphs/a', 'http://127.0.0.1:4001/subgraphs']);
    expect((fake.calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer from-flag');
  });

  it('reports an unreachable registry with exit 1', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    }) as typeof fetch;
    expect(await cli(['list', '--registry', 'http://127.0.0.1:9'], { fetch: failing })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'No se pudo listar los subgrafos (UNREACHABLE): http://127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9\n',
    });
    const json = await cli(['list', '--registry', 'http://127.0.0.1:9', '--json'], { fetch: failing });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      error: { code: 'UNREACHABLE', message: 'http://127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9' },
    });
  });

  it('reports a refusal without JSON (a proxy page) with exit 1', async () => {
    const html = (async () => new Response('<html>Bad gateway</html>', { status: 502 })) as typeof fetch;
    expect(await cli(['fetch'], { fetch: html })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'No se pudo descargar el supergrafo (UNREACHABLE): http://127.0.0.1:4001/supergraph answered 502 without JSON\n',
    });
  });
});
