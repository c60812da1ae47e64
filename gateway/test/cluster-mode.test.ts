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

/** Returns the pids of the children of `pid`. */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number).sort();
  } catch {
    return [];
  }
}

/** Returns the arguments `pid` was started with. */
function commandLineOf(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

describe('cluster mode (GATEWAY_WORKERS=2)', () => {
  let registry: FakeRegistry;
  let idp: FakeIdentity;
  let subgraphs: TestSubgraph[];
  let dir: string;
  let child: ChildProcess | undefined;
  let url: string;
  let output = '';

  beforeAll(async () => {
    execFileSync('npx', ['tsc', '-b', 'gateway'], { cwd: ROOT, stdio: 'pipe' });
    subgraphs = [await startTestSubgraph(identitySubgraph()), await startTestSubgraph(entitiesSubgraph())];
    const signer = createSupergraphSigner();
    registry = await startFakeRegistry(signer.sign({ id: '1', sdl: composeSupergraph(subgraphs), createdAt: '2026-11-02T10:00:00.000Z' }));
    idp = await startFakeIdentity();
    dir = mkdtempSync(path.join(tmpdir(), 'egob-cluster-'));
    const keys = await generateContextKeyPair();
    const port = await findClosedPort();
    child = spawn(process.execPath, [path.join(ROOT, 'gateway/dist/main.js')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        EGOB_MODE: 'development',
        GATEWAY_WORKERS: '2',
        GATEWAY_SEMI_SPACE_MB: '32',
        USAGE_REPORTING: 'false',
        REGISTRY_URL: registry.url,
        REGISTRY_SIGNING_PUBLIC_KEYS: signer.publicKeyPem,
        CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
        IDENTITY_ISSUER: idp.issuer,
        REGISTRY_LONG_POLL_SECONDS: '1',
      },
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${url}/ready`).catch(() => null))?.status === 200, 30_000).catch(() => {
      throw new Error(`gateway did not become ready:\n${output}`);
    });
  }, 90_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await Promise.all([registry?.stop(), idp?.stop(), ...(subgraphs ?? []).map((s) => s.stop())]);
    rmSync(dir, { recursive: true, force: true });
  });

  const territory = async () =>
    (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ territory(code: "02") { name } }' }),
      })
    ).json();

  it('serves from two workers, restarts one that dies, and stops them all gracefully on SIGTERM', async () => {
    await waitFor(() => childrenOf(child!.pid!).length === 2, 10_000);
    const before = childrenOf(child!.pid!);
    expect(await territory()).toEqual({ data: { territory: { name: 'La Paz' } } });
    // The workers got the young generation asked for; the primary (which serves nothing) did not.
    for (const pid of before) expect(commandLineOf(pid)).toContain('--max-semi-space-size=32');
    expect(commandLineOf(child!.pid!)).not.toContain('--max-semi-space-size=32');

    process.kill(before[0]!, 'SIGKILL');
    // The other worker keeps serving meanwhile (a keep-alive connection the dead one held fails once); the dead one is back after the 1 s backoff.
    const served = async () => ((await territory().catch(() => null)) as { data?: { territory?: { name?: string } } } | null)?.data?.territory?.name === 'La Paz';
    await waitFor(served, 3_000);
    await waitFor(() => {
      const now = childrenOf(child!.pid!);
      return now.length === 2 && !now.includes(before[0]!);
    }, 15_000);
    await waitFor(async () => (await fetch(`${url}/ready`).catch(() => null))?.status === 200, 15_000);
    for (let i = 0; i < 4; i += 1) await waitFor(served, 3_000);

    const workers = childrenOf(child!.pid!);
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = undefined;
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  }, 60_000);
});
