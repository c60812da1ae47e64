import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSilentLogger } from '@egob/logger';
import { createRegistryClient } from '../src/supergraph/registry-client';
import { RegistrySupergraphManager } from '../src/supergraph/registry-supergraph-manager';
import type { SignedSupergraph } from '../src/supergraph/signed-supergraph';
import { createSupergraphCache } from '../src/supergraph/supergraph-cache';
import { createSupergraphVerifier } from '../src/supergraph/supergraph-verifier';
import { findClosedPort, startFakeRegistry, waitFor, type FakeRegistry } from './helpers/fake-registry';
import { composeSupergraph, entitiesSubgraph, identitySubgraph } from './helpers/supergraph-fixtures';
import { createSupergraphSigner, etagOf } from './helpers/supergraph-signer';

const signer = createSupergraphSigner();
const sdlOf = (withBirthYear: boolean) =>
  composeSupergraph([
    { fixture: identitySubgraph({ withBirthYear }), url: 'http://identity.test/graphql' },
    { fixture: entitiesSubgraph(), url: 'http://entities.test/graphql' },
  ]);
const V1 = signer.sign({ id: '1', sdl: sdlOf(false), createdAt: '2026-11-02T10:00:00.000Z' });
const V2 = signer.sign({ id: '2', sdl: sdlOf(true), createdAt: '2026-11-02T11:00:00.000Z' });
const V3 = signer.sign({ id: '3', sdl: sdlOf(false), createdAt: '2026-11-02T12:00:00.000Z' });
/** Signed by the registry, but not a supergraph the gateway can serve. */
const INVALID = signer.sign({ id: '3', sdl: 'type Query { a: Int }', createdAt: '2026-11-02T12:00:00.000Z' });
/** V3's signature over another SDL: what an attacker between registry and gateway would send. */
const TAMPERED: SignedSupergraph = { ...V3, sdl: V3.sdl.replace('names: String!', 'names: String!\n  password: String') };

const REFUSED = 'registry supergraph refused: keeping the current one';
const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('RegistrySupergraphManager', () => {
  let dir: string;
  let cacheFile: string;
  let registry: FakeRegistry | undefined;
  let manager: RegistrySupergraphManager | undefined;
  const logger = createSilentLogger();

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'egob-gateway-manager-'));
    cacheFile = path.join(dir, 'cache', 'supergraph.json');
    jest.restoreAllMocks();
  });

  afterEach(async () => {
    manager?.stop();
    manager = undefined;
    await registry?.stop().catch(() => undefined);
    registry = undefined;
    // A cache write may still be finishing after stop(): retry on ENOTEMPTY.
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  /** Every call the manager made to the registry client, answered or not. */
  let calls: { waitSeconds: number | undefined }[];
  const createManager = (registryUrl: string, options: { longPollSeconds?: number; variant?: string } = {}) => {
    const client = createRegistryClient({ url: registryUrl, variant: options.variant ?? 'main', timeoutMs: 1_000 });
    calls = [];
    return new RegistrySupergraphManager({
      registry: {
        fetchSupergraph: (fetchOptions) => {
          calls.push({ waitSeconds: fetchOptions.waitSeconds });
          return client.fetchSupergraph(fetchOptions);
        },
      },
      cache: createSupergraphCache(cacheFile),
      verifier: createSupergraphVerifier({ publicKeysPem: signer.publicKeyPem, variant: options.variant ?? 'main' }),
      logger,
      longPollSeconds: options.longPollSeconds ?? 25,
      pollIntervalMs: 50,
      startRetry: { initialMs: 50, maxMs: 100 },
      pollRetry: { initialMs: 50, maxMs: 200 },
    });
  };

  const cached = () => JSON.parse(readFileSync(cacheFile, 'utf8')) as { etag: string | null; supergraph: SignedSupergraph };
  const refusals = (error: jest.SpyInstance) => error.mock.calls.filter(([, message]) => message === REFUSED).map(([fields]) => fields);

  it('starts from the registry and writes the signed supergraph and its ETag to the cache file', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const update = jest.fn();
    const result = await manager.initialize({ update });
    expect(result.supergraphSdl).toBe(V1.sdl);
    expect(manager.supergraphId()).toBe('1');
    expect(manager.source()).toBe('registry');
    expect(cached()).toEqual({ etag: etagOf(V1), supergraph: V1 });
    expect(update).not.toHaveBeenCalled();
  });

  it('long-polls with the ETag it received and hot-swaps through the held request when the registry changes', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const update = jest.fn();
    await manager.initialize({ update });
    await waitFor(() => registry!.waiting() === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // One request held, no spinning.
    expect(registry.requests).toEqual([
      { variant: 'main', wait: null, ifNoneMatch: undefined },
      { variant: 'main', wait: '25', ifNoneMatch: etagOf(V1) },
    ]);

    const changed = Date.now();
    registry.serve(V2);
    // How fast is a benchmark figure (npm run bench: publish → every gateway serving), not a test's.
    while (manager.supergraphId() !== '2' && Date.now() - changed < 5_000) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(manager.supergraphId()).toBe('2');
    expect(update.mock.calls).toEqual([[V2.sdl]]);
    await waitFor(() => cached().supergraph.id === '2');
    expect(cached().etag).toBe(etagOf(V2));
    await waitFor(() => registry!.requests.length === 3 && registry!.waiting() === 1);
    expect(registry.requests[2]).toEqual({ variant: 'main', wait: '25', ifNoneMatch: etagOf(V2) });
  });

  it('polls every REGISTRY_POLL_INTERVAL_MS without waiting when long-poll is off', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url, { longPollSeconds: 0 });
    const update = jest.fn();
    await manager.initialize({ update });
    await waitFor(() => registry!.requests.length >= 4);
    expect(registry.requests.slice(1, 4)).toEqual(Array(3).fill({ variant: 'main', wait: null, ifNoneMatch: etagOf(V1) }));
    registry.serve(V2);
    await waitFor(() => manager!.supergraphId() === '2');
    expect(update).toHaveBeenCalledTimes(1);
    await waitFor(() => cached().supergraph.id === '2');
  });

  it('starts from the cache file when the registry is unreachable, then takes the registry version once it is back', async () => {
    const port = await findClosedPort();
    await createSupergraphCache(cacheFile).write({ supergraph: V1, etag: etagOf(V1) });
    manager = createManager(`http://127.0.0.1:${port}`);
    const update = jest.fn();
    const result = await manager.initialize({ update });
    expect(result.supergraphSdl).toBe(V1.sdl);
    expect(manager.supergraphId()).toBe('1');
    expect(manager.source()).toBe('cache');

    registry = await startFakeRegistry(V2, port);
    await waitFor(() => manager!.supergraphId() === '2');
    expect(update.mock.calls).toEqual([[V2.sdl]]);
    expect(manager.source()).toBe('registry');
    // The cached ETag was sent back as stored; the registry was down, so the first poll did not wait.
    expect(registry.requests[0]).toEqual({ variant: 'main', wait: null, ifNoneMatch: etagOf(V1) });
    await waitFor(() => cached().supergraph.id === '2');
  });

  it('verifies the cache at start: a tampered cache file is refused and start waits for the registry', async () => {
    await createSupergraphCache(cacheFile).write({ supergraph: TAMPERED, etag: etagOf(TAMPERED) });
    registry = await startFakeRegistry(null);
    manager = createManager(registry.url);
    const warn = jest.spyOn(logger, 'warn');
    const initializing = manager.initialize({ update: jest.fn() });
    await waitFor(() => registry!.requests.length >= 2);
    expect(manager.supergraphId()).toBeNull();
    const retry = warn.mock.calls.find(([, message]) => message === 'no supergraph to serve yet: retrying')!;
    expect(retry[0]).toMatchObject({
      cache: `cached supergraph 3 refused (SHA256_MISMATCH): sha256 "${V3.sha256}" does not match the sdl (${sha256Of(TAMPERED.sdl)})`,
    });
    registry.serve(V1);
    await expect(initializing).resolves.toMatchObject({ supergraphSdl: V1.sdl });
    expect(manager.source()).toBe('registry');
    expect(cached().supergraph).toEqual(V1);
  });

  it('refuses a cache file of another variant or signed by another key', async () => {
    const publicOne = signer.sign({ id: '5', sdl: V1.sdl, createdAt: V1.createdAt, variant: 'public' });
    const forged = createSupergraphSigner().sign({ id: '5', sdl: V1.sdl, createdAt: V1.createdAt });
    const port = await findClosedPort();
    for (const [supergraph, code] of [
      [publicOne, 'WRONG_VARIANT'],
      [forged, 'BAD_SIGNATURE'],
    ] as const) {
      await createSupergraphCache(cacheFile).write({ supergraph, etag: null });
      manager = createManager(`http://127.0.0.1:${port}`);
      const warn = jest.spyOn(logger, 'warn');
      const initializing = manager.initialize({ update: jest.fn() });
      await waitFor(() => warn.mock.calls.some(([, message]) => message === 'no supergraph to serve yet: retrying'));
      const retry = warn.mock.calls.find(([, message]) => message === 'no supergraph to serve yet: retrying')!;
      expect((retry[0] as { cache: string }).cache).toMatch(new RegExp(`^cached supergraph 5 refused \\(${code}\\)`));
      manager.stop();
      await expect(initializing).rejects.toThrow('gateway stopped before a supergraph was loaded');
      warn.mockRestore();
    }
  });

  it('refuses a tampered supergraph, keeps serving the last good one, logs it once and does not spin on it', async () => {
    registry = await startFakeRegistry(V2);
    manager = createManager(registry.url);
    const error = jest.spyOn(logger, 'error');
    const update = jest.fn();
    await manager.initialize({ update });
    await waitFor(() => registry!.waiting() === 1);

    registry.serve(TAMPERED);
    await waitFor(() => registry!.requests.length >= 3 && registry!.waiting() === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(manager.supergraphId()).toBe('2');
    expect(update).not.toHaveBeenCalled();
    expect(refusals(error)).toEqual([
      {
        rejectedId: '3',
        servingId: '2',
        code: 'SHA256_MISMATCH',
        reason: `sha256 "${V3.sha256}" does not match the sdl (${sha256Of(TAMPERED.sdl)})`,
      },
    ]);
    // It waits with the refused ETag: the registry holds the poll instead of sending the same body again.
    expect(registry.requests).toHaveLength(3);
    expect(registry.requests[2]).toEqual({ variant: 'main', wait: '25', ifNoneMatch: etagOf(TAMPERED) });
    expect(cached().supergraph).toEqual(V2);

    registry.serve(V3);
    await waitFor(() => manager!.supergraphId() === '3');
    await waitFor(() => cached().supergraph.id === '3');
  });

  it('refuses a replayed older signed supergraph', async () => {
    registry = await startFakeRegistry(V2);
    manager = createManager(registry.url);
    const error = jest.spyOn(logger, 'error');
    const update = jest.fn();
    await manager.initialize({ update });
    await waitFor(() => registry!.waiting() === 1);

    registry.serve(V1);
    await waitFor(() => refusals(error).length === 1);
    expect(refusals(error)).toEqual([
      { rejectedId: '1', servingId: '2', code: 'REPLAYED', reason: 'id 1 is older than the supergraph served (2)' },
    ]);
    expect(manager.supergraphId()).toBe('2');
    expect(update).not.toHaveBeenCalled();
    expect(cached().supergraph).toEqual(V2);
  });

  it('refuses a signed supergraph that does not validate, once, and a gateway that refuses the update', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url, { longPollSeconds: 0 });
    const error = jest.spyOn(logger, 'error');
    const update = jest.fn(() => {
      throw new Error('cannot build query planner');
    });
    await manager.initialize({ update });

    registry.serve(INVALID);
    await waitFor(() => registry!.requests.length >= 6);
    expect(manager.supergraphId()).toBe('1');
    expect(update).not.toHaveBeenCalled();
    expect(refusals(error)).toEqual([{ rejectedId: '3', servingId: '1', code: 'INVALID_SUPERGRAPH', reason: expect.any(String) }]);

    const V4 = signer.sign({ id: '4', sdl: V2.sdl, createdAt: V2.createdAt });
    registry.serve(V4);
    await waitFor(() => update.mock.calls.length === 1);
    await waitFor(() => registry!.requests.length >= 12);
    expect(update).toHaveBeenCalledTimes(1);
    expect(manager.supergraphId()).toBe('1');
    expect(refusals(error)[1]).toEqual({ rejectedId: '4', servingId: '1', code: 'UPDATE_FAILED', reason: 'cannot build query planner' });
    expect(refusals(error)).toHaveLength(2);
    expect(cached().supergraph.id).toBe('1');
  });

  it('keeps serving the last good supergraph while the registry is down, warning once per outage and backing off', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const warn = jest.spyOn(logger, 'warn');
    const info = jest.spyOn(logger, 'info');
    const update = jest.fn();
    await manager.initialize({ update });
    await waitFor(() => registry!.waiting() === 1);

    await registry.stop();
    const callsBefore = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 700));
    // Back off 50, 100, 200, 200… ms: a handful of attempts in 700 ms, not one per event-loop turn.
    expect(calls.length - callsBefore).toBeGreaterThanOrEqual(3);
    expect(calls.length - callsBefore).toBeLessThanOrEqual(6);
    expect(manager.supergraphId()).toBe('1');
    expect(update).not.toHaveBeenCalled();
    const outageWarnings = warn.mock.calls.filter(([, message]) => message === 'registry unavailable: keeping the current supergraph');
    expect(outageWarnings).toHaveLength(1);
    expect(outageWarnings[0]![0]).toMatchObject({ code: 'UNREACHABLE', servingId: '1' });

    await registry.restart();
    const restarted = registry.requests.length;
    // After a failure the first poll does not wait, so the recovery is seen at once; then long-polling resumes.
    await waitFor(() => info.mock.calls.some(([, message]) => message === 'registry answering again'), 1_000);
    expect(manager.supergraphId()).toBe('1');
    await waitFor(() => registry!.waiting() === 1);
    expect(registry.requests.slice(restarted)).toEqual([
      { variant: 'main', wait: null, ifNoneMatch: etagOf(V1) },
      { variant: 'main', wait: '25', ifNoneMatch: etagOf(V1) },
    ]);
  });

  it('starts from the cache when the registry serves a tampered supergraph at start', async () => {
    await createSupergraphCache(cacheFile).write({ supergraph: V1, etag: etagOf(V1) });
    registry = await startFakeRegistry(TAMPERED);
    manager = createManager(registry.url);
    const warn = jest.spyOn(logger, 'warn');
    const result = await manager.initialize({ update: jest.fn() });
    expect(result.supergraphSdl).toBe(V1.sdl);
    expect(manager.source()).toBe('cache');
    const start = warn.mock.calls.find(([, message]) => message === 'registry has no usable supergraph: starting from the cached one')!;
    expect((start[0] as { registry: string }).registry).toMatch(/^registry supergraph 3 refused \(SHA256_MISMATCH\)/);
    // Next poll waits on the refused ETag rather than fetching the tampered body again.
    await waitFor(() => registry!.waiting() === 1);
    expect(registry.requests.at(-1)).toEqual({ variant: 'main', wait: '25', ifNoneMatch: etagOf(TAMPERED) });
  });

  it('retries with backoff until the registry has a supergraph when there is no cache either', async () => {
    registry = await startFakeRegistry(null);
    manager = createManager(registry.url);
    const warn = jest.spyOn(logger, 'warn');
    const initializing = manager.initialize({ update: jest.fn() });
    await waitFor(() => registry!.requests.length >= 3);
    expect(manager.supergraphId()).toBeNull();
    registry.serve(V1);
    const result = await initializing;
    expect(result.supergraphSdl).toBe(V1.sdl);
    const retries = warn.mock.calls.filter(([, message]) => message === 'no supergraph to serve yet: retrying');
    // One line per attempt, no spinning: 50, 100, 100… ms between attempts.
    expect(retries.length).toBe(registry.requests.filter((r) => r.ifNoneMatch === undefined).length - 1);
    expect(retries[0]![0]).toMatchObject({
      attempt: 1,
      retryInMs: 50,
      registry: 'the registry has not composed a "main" supergraph yet',
      cache: `no cached supergraph at ${cacheFile}`,
    });
    expect(retries[1]![0]).toMatchObject({ attempt: 2, retryInMs: 100 });
  });

  it('abandons a start still waiting for a supergraph when stopped', async () => {
    registry = await startFakeRegistry(null);
    manager = createManager(registry.url);
    const initializing = manager.initialize({ update: jest.fn() });
    await waitFor(() => registry!.requests.length >= 1);
    manager.stop();
    await expect(initializing).rejects.toThrow('gateway stopped before a supergraph was loaded');
  });

  it('aborts the long-poll in flight at once when stopped', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    await manager.initialize({ update: jest.fn() });
    await waitFor(() => registry!.waiting() === 1);
    const stopped = Date.now();
    manager.stop();
    await waitFor(() => registry!.waiting() === 0, 1_000);
    expect(Date.now() - stopped).toBeLessThan(100);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(registry.requests).toHaveLength(2);
  });

  it('replaces a tampered cache file with the next good supergraph', async () => {
    await createSupergraphCache(cacheFile).write({ supergraph: TAMPERED, etag: null });
    registry = await startFakeRegistry(V2);
    manager = createManager(registry.url);
    await manager.initialize({ update: jest.fn() });
    expect(cached()).toEqual({ etag: etagOf(V2), supergraph: V2 });
  });
});
