import { createRegistryClient } from '../src/supergraph/registry-client';
import type { SupergraphVersion } from '../src/supergraph/supergraph-version';
import { findClosedPort, startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';

const V1: SupergraphVersion = { id: 'v1', sdl: 'schema { query: Query } type Query { a: Int }', createdAt: '2026-11-02T10:00:00.000Z' };

describe('registry client', () => {
  let registry: FakeRegistry;

  beforeEach(async () => {
    registry = await startFakeRegistry(V1);
  });

  afterEach(async () => {
    await registry.stop();
  });

  it('returns the supergraph on 200, asking unconditionally the first time', async () => {
    const client = createRegistryClient({ url: registry.url, timeoutMs: 2_000 });
    await expect(client.fetchSupergraph(null)).resolves.toEqual({ ok: true, changed: true, supergraph: V1 });
    expect(registry.requests).toEqual([undefined]);
  });

  it('sends the current id as a quoted If-None-Match and reports 304 as unchanged', async () => {
    const client = createRegistryClient({ url: registry.url, timeoutMs: 2_000 });
    await expect(client.fetchSupergraph('v1')).resolves.toEqual({ ok: true, changed: false });
    expect(registry.requests).toEqual(['"v1"']);
  });

  it('returns the new version when the id differs from the one held', async () => {
    const client = createRegistryClient({ url: registry.url, timeoutMs: 2_000 });
    await expect(client.fetchSupergraph('v0')).resolves.toEqual({ ok: true, changed: true, supergraph: V1 });
  });

  it('reports NO_SUPERGRAPH on 404 when nothing is composed yet', async () => {
    registry.supergraph = null;
    const client = createRegistryClient({ url: registry.url, timeoutMs: 2_000 });
    await expect(client.fetchSupergraph(null)).resolves.toEqual({
      ok: false,
      error: { code: 'NO_SUPERGRAPH', message: 'the registry has not composed a supergraph yet' },
    });
  });

  it('reports HTTP_ERROR on a 500 and BAD_RESPONSE on a 200 without a supergraph', async () => {
    const client = createRegistryClient({ url: registry.url, timeoutMs: 2_000 });
    registry.mode = 'error500';
    await expect(client.fetchSupergraph(null)).resolves.toEqual({
      ok: false,
      error: { code: 'HTTP_ERROR', message: 'registry answered HTTP 500' },
    });
    registry.mode = 'garbage';
    await expect(client.fetchSupergraph(null)).resolves.toEqual({
      ok: false,
      error: { code: 'BAD_RESPONSE', message: 'registry answered 200 without a valid {id, sdl, createdAt}' },
    });
  });

  it('reports UNREACHABLE when nothing listens at the registry URL', async () => {
    const url = `http://127.0.0.1:${await findClosedPort()}`;
    const client = createRegistryClient({ url, timeoutMs: 2_000 });
    await expect(client.fetchSupergraph(null)).resolves.toEqual({
      ok: false,
      error: { code: 'UNREACHABLE', message: `registry unreachable at ${url}/supergraph: ECONNREFUSED` },
    });
  });

  it('reports TIMEOUT when the registry does not answer in time', async () => {
    registry.mode = 'hang';
    const client = createRegistryClient({ url: registry.url, timeoutMs: 200 });
    const started = Date.now();
    await expect(client.fetchSupergraph(null)).resolves.toEqual({
      ok: false,
      error: { code: 'TIMEOUT', message: 'registry did not answer within 200 ms' },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
