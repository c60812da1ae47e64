import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateContextKeyPair } from '@egob/context-token';
import { findClosedPort, startFakeRegistry, waitFor, type FakeRegistry } from './helpers/fake-registry';
import { startFakeIdentity, type FakeIdentity } from './helpers/fake-identity';
import { composeSupergraph, entitiesSubgraph, identitySubgraph } from './helpers/supergraph-fixtures';
import { createSupergraphSigner } from './helpers/supergraph-signer';
import { startTestSubgraph, type TestSubgraph } from './helpers/test-subgraph';

const ROOT = path.resolve(__dirname, '../..');
const PRELOAD = path.join(__dirname, 'helpers', 'record-connections.cjs');

interface Destination {
  kind: 'tcp' | 'ipc' | 'dns' | 'udp';
  host?: string;
  port?: number | null;
  path?: string;
}

const hostPort = (url: string) => new URL(url).host;

describe('the gateway process connects only to the registry, identity and the subgraphs', () => {
  let registry: FakeRegistry;
  let idp: FakeIdentity;
  let subgraphs: TestSubgraph[];
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    // The test runs what operators run: the built gateway.
    execFileSync('npx', ['tsc', '-b', 'gateway'], { cwd: ROOT, stdio: 'pipe' });
    subgraphs = [await startTestSubgraph(identitySubgraph()), await startTestSubgraph(entitiesSubgraph())];
    const signer = createSupergraphSigner();
    registry = await startFakeRegistry(signer.sign({ id: '1', sdl: composeSupergraph(subgraphs), createdAt: '2026-11-02T10:00:00.000Z' }));
    idp = await startFakeIdentity();
    dir = mkdtempSync(path.join(tmpdir(), 'egob-outbound-'));
    const keys = await generateContextKeyPair();
    const port = await findClosedPort();
    const log = path.join(dir, 'connections.jsonl');
    child = spawn(process.execPath, [path.join(ROOT, 'gateway/dist/main.js')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: `--require ${PRELOAD}`,
        EGOB_CONNECTION_LOG: log,
        // An operator who left these set must not make the gateway talk to Apollo.
        APOLLO_TELEMETRY_DISABLED: 'false',
        APOLLO_KEY: 'service:egob:not-a-real-key',
        APOLLO_GRAPH_REF: 'egob@main',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        EGOB_MODE: 'development',
        REGISTRY_URL: registry.url,
        REGISTRY_SIGNING_PUBLIC_KEYS: signer.publicKeyPem,
        CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
        IDENTITY_ISSUER: idp.issuer,
        USAGE_FLUSH_INTERVAL_MS: '100',
        REGISTRY_LONG_POLL_SECONDS: '1',
      },
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${url}/ready`).catch(() => null))?.status === 200, 20_000).catch(() => {
      throw new Error(`gateway did not become ready:\n${output}`);
    });
    const post = async (query: string, headers: Record<string, string> = {}) =>
      (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })).json();
    expect(await post('query Demo { citizen(ci: "1234567") { names residence { name } } }')).toEqual({
      data: { citizen: { names: 'Juana Mamani Quispe', residence: { name: 'Nuestra Señora de La Paz' } } },
    });
    expect(await post('{ territory(code: "02") { name } }', { authorization: `Bearer ${await idp.sign()}` })).toEqual({
      data: { territory: { name: 'La Paz' } },
    });
    expect(await post('{ __schema { queryType { name } } }')).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    await waitFor(() => registry.usage.length > 0, 5_000);
    // One more long-poll round trip, then a clean stop (which flushes usage once more).
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = undefined;
  }, 60_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await Promise.all([registry?.stop(), idp?.stop(), ...(subgraphs ?? []).map((s) => s.stop())]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('every destination is one of them, and each was reached (the recorder saw the traffic)', () => {
    const destinations = readFileSync(path.join(dir, 'connections.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Destination);
    const allowed = new Set([registry.url, idp.issuer, ...subgraphs.map((s) => s.url)].map(hostPort));
    const tcp = destinations.filter((d) => d.kind === 'tcp').map((d) => `${d.host}:${d.port}`);
    expect(tcp.filter((destination) => !allowed.has(destination))).toEqual([]);
    expect(destinations.filter((d) => d.kind !== 'tcp' && !(d.kind === 'dns' && d.host === '127.0.0.1'))).toEqual([]);
    expect(new Set(tcp)).toEqual(allowed);
  });
});
