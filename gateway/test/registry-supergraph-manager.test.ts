import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSilentLogger } from '@egob/logger';
import { createRegistryClient } from '../src/supergraph/registry-client';
import { RegistrySupergraphManager } from '../src/supergraph/registry-supergraph-manager';
import { createSupergraphCache } from '../src/supergraph/supergraph-cache';
import type { SupergraphVersion } from '../src/supergraph/supergraph-version';
import { findClosedPort, startFakeRegistry, waitFor, type FakeRegistry } from './helpers/fake-registry';
import { composeSupergraph, entitiesSubgraph, identitySubgraph } from './helpers/supergraph-fixtures';

const supergraphVersion = (id: string, withBirthYear: boolean): SupergraphVersion => ({
  id,
  sdl: composeSupergraph([
    { fixture: identitySubgraph({ withBirthYear }), url: 'http://identity.test/graphql' },
    { fixture: entitiesSubgraph(), url: 'http://entities.test/graphql' },
  ]),
  createdAt: '2026-11-02T10:00:00.000Z',
});

const V1 = supergraphVersion('v1', false);
const V2 = supergraphVersion('v2', true);
const INVALID: SupergraphVersion = { id: 'v3-bad', sdl: 'type Query { a: Int }', createdAt: '2026-11-02T12:00:00.000Z' };

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
    rmSync(dir, { recursive: true, force: true });
  });

  const createManager = (registryUrl: string) =>
    new RegistrySupergraphManager({
      registry: createRegistryClient({ url: registryUrl, timeoutMs: 1_000 }),
      cache: createSupergraphCache(cacheFile),
      logger,
      pollIntervalMs: 50,
      startRetry: { initialMs: 50, maxMs: 100 },
    });

  const cachedId = () => (JSON.parse(readFileSync(cacheFile, 'utf8')) as SupergraphVersion).id;

  it('starts from the registry and writes what it got to the cache file', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const update = jest.fn();
    const result = await manager.initialize({ update });
    expect(result.supergraphSdl).toBe(V1.sdl);
    expect(manager.supergraphId()).toBe('v1');
    expect(manager.source()).toBe('registry');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toEqual(V1);
    expect(update).not.toHaveBeenCalled();
  });

  it('starts from the cache file when the registry is unreachable, then takes the registry version once it is back', async () => {
    const port = await findClosedPort();
    await createSupergraphCache(cacheFile).write(V1);
    manager = createManager(`http://127.0.0.1:${port}`);
    const update = jest.fn();
    const result = await manager.initialize({ update });
    expect(result.supergraphSdl).toBe(V1.sdl);
    expect(manager.supergraphId()).toBe('v1');
    expect(manager.source()).toBe('cache');

    registry = await startFakeRegistry(V2, port);
    await waitFor(() => manager!.supergraphId() === 'v2');
    expect(update).toHaveBeenCalledTimes(1);
    expect(update).toHaveBeenCalledWith(V2.sdl);
    expect(manager.source()).toBe('registry');
    await waitFor(() => cachedId() === 'v2');
  });

  it('polls with If-None-Match and hot-swaps only when the id changes', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const update = jest.fn();
    await manager.initialize({ update });
    await waitFor(() => registry!.requests.length >= 4);
    expect(update).not.toHaveBeenCalled();
    expect(registry.requests[0]).toBeUndefined();
    expect(new Set(registry.requests.slice(1))).toEqual(new Set(['"v1"']));

    registry.supergraph = V2;
    await waitFor(() => manager!.supergraphId() === 'v2');
    expect(update.mock.calls).toEqual([[V2.sdl]]);
    await waitFor(() => cachedId() === 'v2');
    const after = registry.requests.length;
    await waitFor(() => registry!.requests.length >= after + 2);
    expect(registry.requests.at(-1)).toBe('"v2"');
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('keeps serving the last good supergraph while the registry is down, warning once per outage', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const warn = jest.spyOn(logger, 'warn');
    const info = jest.spyOn(logger, 'info');
    const update = jest.fn();
    await manager.initialize({ update });

    await registry.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(manager.supergraphId()).toBe('v1');
    expect(update).not.toHaveBeenCalled();
    const outageWarnings = warn.mock.calls.filter(([, message]) => message === 'registry unavailable: keeping the current supergraph');
    expect(outageWarnings).toHaveLength(1);
    expect(outageWarnings[0]![0]).toMatchObject({ code: 'UNREACHABLE', servingId: 'v1' });

    await registry.restart();
    await waitFor(() => info.mock.calls.some(([, message]) => message === 'registry answering again'));
    expect(manager.supergraphId()).toBe('v1');
  });

  it('refuses an invalid supergraph from the registry, keeps the last good one and logs it once', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const error = jest.spyOn(logger, 'error');
    const update = jest.fn();
    await manager.initialize({ update });

    registry.supergraph = INVALID;
    await waitFor(() => registry!.requests.length >= 6);
    expect(manager.supergraphId()).toBe('v1');
    expect(update).not.toHaveBeenCalled();
    const refusals = error.mock.calls.filter(([, message]) => message === 'registry supergraph refused: keeping the current one');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]![0]).toMatchObject({ rejectedId: 'v3-bad', servingId: 'v1' });
    expect(cachedId()).toBe('v1');
  });

  it('keeps the last good supergraph when the gateway refuses the update', async () => {
    registry = await startFakeRegistry(V1);
    manager = createManager(registry.url);
    const update = jest.fn(() => {
      throw new Error('cannot build query planner');
    });
    await manager.initialize({ update });
    registry.supergraph = V2;
    await waitFor(() => update.mock.calls.length === 1);
    await waitFor(() => registry!.requests.length >= 6);
    expect(manager.supergraphId()).toBe('v1');
    expect(update).toHaveBeenCalledTimes(1);
    expect(cachedId()).toBe('v1');
  });

  it('starts from the cache when the registry serves an invalid supergraph at start', async () => {
    await createSupergraphCache(cacheFile).write(V1);
    registry = await startFakeRegistry(INVALID);
    manager = createManager(registry.url);
    const result = await manager.initialize({ update: jest.fn() });
    expect(result.supergraphSdl).toBe(V1.sdl);
    expect(manager.source()).toBe('cache');
  });

  it('retries with backoff until the registry has a supergraph when there is no cache either', async () => {
    registry = await startFakeRegistry(null);
    manager = createManager(registry.url);
    const warn = jest.spyOn(logger, 'warn');
    const initializing = manager.initialize({ update: jest.fn() });
    await waitFor(() => registry!.requests.length >= 3);
    expect(manager.supergraphId()).toBeNull();
    registry.supergraph = V1;
    const result = await initializing;
    expect(result.supergraphSdl).toBe(V1.sdl);
    const retries = warn.mock.calls.filter(([, message]) => message === 'no supergraph to serve yet: retrying');
    // One line per attempt, no spinning: 50, 100, 100… ms between attempts.
    expect(retries.length).toBe(registry.requests.filter((r) => r === undefined).length - 1);
    expect(retries[0]![0]).toMatchObject({
      attempt: 1,
      retryInMs: 50,
      registry: 'the registry has not composed a supergraph yet',
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
});
