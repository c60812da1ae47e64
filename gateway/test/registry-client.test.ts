import { createRegistryClient } from '../src/supergraph/registry-client';
import { findClosedPort, startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';
import { createSupergraphSigner, etagOf } from './helpers/supergraph-signer';

const signer = createSupergraphSigner();
const SDL = 'schema { query: Query } type Query { a: Int }';
const V1 = signer.sign({ id: '1', sdl: SDL, createdAt: '2026-11-02T10:00:00.000Z' });
const V2 = signer.sign({ id: '2', sdl: `${SDL} type B { b: Int }`, createdAt: '2026-11-02T11:00:00.000Z' });

describe('registry client', () => {
  let registry: FakeRegistry;
  const client = (timeoutMs = 2_000, variant = 'main') => createRegistryClient({ url: registry.url, variant, timeoutMs });

  beforeEach(async () => {
    registry = await startFakeRegistry(V1);
  });

  afterEach(async () => {
    await registry.stop();
  });

  it('returns the signed supergraph and its ETag on 200, asking unconditionally for the variant the first time', async () => {
    await expect(client().fetchSupergraph({ etag: null })).resolves.toEqual({
      ok: true,
      changed: true,
      supergraph: V1,
      etag: etagOf(V1),
    });
    expect(registry.requests).toEqual([{ variant: 'main', wait: null, ifNoneMatch: undefined }]);
  });

  it('asks for the public variant when configured so', async () => {
    const publicV1 = signer.sign({ id: '1', sdl: SDL, createdAt: V1.createdAt, variant: 'public' });
    registry.serve(publicV1, 'public');
    await expect(client(2_000, 'public').fetchSupergraph({ etag: null })).resolves.toMatchObject({ supergraph: publicV1 });
    expect(registry.requests[0]!.variant).toBe('public');
  });

  it('sends back the ETag it was given, untouched, and reports 304 as unchanged', async () => {
    await expect(client().fetchSupergraph({ etag: etagOf(V1) })).resolves.toEqual({ ok: true, changed: false });
    expect(registry.requests).toEqual([{ variant: 'main', wait: null, ifNoneMatch: '"1.' + V1.sha256.slice(0, 16) + '"' }]);
  });

  it('long-polls with wait: the answer comes when a new supergraph is served, past the non-waiting timeout', async () => {
    const started = Date.now();
    const fetching = client(200).fetchSupergraph({ etag: etagOf(V1), waitSeconds: 5 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(registry.waiting()).toBe(1);
    registry.serve(V2);
    await expect(fetching).resolves.toEqual({ ok: true, changed: true, supergraph: V2, etag: etagOf(V2) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(registry.requests).toEqual([{ variant: 'main', wait: '5', ifNoneMatch: etagOf(V1) }]);
  });

  it('answers 304 when the wait elapses, and never asks to wait without an ETag', async () => {
    await expect(client().fetchSupergraph({ etag: etagOf(V1), waitSeconds: 1 })).resolves.toEqual({ ok: true, changed: false });
    await client().fetchSupergraph({ etag: null, waitSeconds: 1 });
    expect(registry.requests.map((r) => r.wait)).toEqual(['1', null]);
  });

  it('is cancelled at once by its signal', async () => {
    const stopping = new AbortController();
    const fetching = client().fetchSupergraph({ etag: etagOf(V1), waitSeconds: 25, signal: stopping.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    stopping.abort();
    await expect(fetching).resolves.toMatchObject({ ok: false, error: { code: 'UNREACHABLE' } });
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('reports NO_SUPERGRAPH on 404 when nothing is composed yet', async () => {
    registry.serve(null);
    await expect(client().fetchSupergraph({ etag: null })).resolves.toEqual({
      ok: false,
      error: { code: 'NO_SUPERGRAPH', message: 'the registry has not composed a "main" supergraph yet' },
    });
  });

  it('reports HTTP_ERROR on a 500 and BAD_RESPONSE on a 200 without a signed supergraph', async () => {
    registry.mode = 'error500';
    await expect(client().fetchSupergraph({ etag: null })).resolves.toEqual({
      ok: false,
      error: { code: 'HTTP_ERROR', message: 'registry answered HTTP 500 INTERNAL' },
    });
    registry.mode = 'garbage';
    await expect(client().fetchSupergraph({ etag: null })).resolves.toEqual({
      ok: false,
      error: { code: 'BAD_RESPONSE', message: 'registry answered 200 without a valid {id, variant, sdl, createdAt, sha256, signature}' },
    });
    registry.mode = 'normal';
    registry.serve({ ...V1, id: 'v1' });
    await expect(client().fetchSupergraph({ etag: null })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
  });

  it('reports UNREACHABLE when nothing listens at the registry URL', async () => {
    const url = `http://127.0.0.1:${await findClosedPort()}`;
    await expect(createRegistryClient({ url, variant: 'main', timeoutMs: 2_000 }).fetchSupergraph({ etag: null })).resolves.toEqual({
      ok: false,
      error: { code: 'UNREACHABLE', message: `registry unreachable at ${url}: ECONNREFUSED` },
    });
  });

  it('reports TIMEOUT when the registry does not answer in time; a long-poll gets wait + 10 s', async () => {
    registry.mode = 'hang';
    const started = Date.now();
    await expect(client(200).fetchSupergraph({ etag: null })).resolves.toEqual({
      ok: false,
      error: { code: 'TIMEOUT', message: 'registry did not answer within 200 ms' },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    const stopping = new AbortController();
    const waiting = client(200).fetchSupergraph({ etag: etagOf(V1), waitSeconds: 1, signal: stopping.signal });
    await new Promise((resolve) => setTimeout(resolve, 500));
    stopping.abort();
    // Still waiting after 2.5 × the non-waiting timeout: only the stop ended it.
    await expect(waiting).resolves.toMatchObject({ error: { code: 'UNREACHABLE' } });
  });
});
