import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSupergraphCache } from '../src/supergraph/supergraph-cache';
import { createSupergraphSigner, etagOf } from './helpers/supergraph-signer';

const signer = createSupergraphSigner();
const V1 = signer.sign({ id: '1', sdl: 'type Query { a: Int }', createdAt: '2026-11-02T10:00:00.000Z' });
const V2 = signer.sign({ id: '2', sdl: 'type Query { a: Int b: Int }', createdAt: '2026-11-02T11:00:00.000Z' });

describe('supergraph cache', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'egob-gateway-cache-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the whole signed supergraph and its ETag into a folder it creates, and reads back exactly that', async () => {
    const file = path.join(dir, 'nested', 'deeper', 'supergraph.json');
    const cache = createSupergraphCache(file);
    await cache.write({ supergraph: V1, etag: etagOf(V1) });
    await expect(cache.read()).resolves.toEqual({ ok: true, supergraph: V1, etag: etagOf(V1) });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ etag: etagOf(V1), supergraph: V1 });
  });

  it('replaces the previous version, keeps only the signed fields and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'supergraph.json');
    const cache = createSupergraphCache(file);
    await cache.write({ supergraph: V1, etag: etagOf(V1) });
    await cache.write({ supergraph: { ...V2, extra: 'not kept' } as typeof V2, etag: null });
    await expect(cache.read()).resolves.toEqual({ ok: true, supergraph: V2, etag: null });
    expect(readdirSync(dir)).toEqual(['supergraph.json']);
  });

  it('reports a missing file', async () => {
    const file = path.join(dir, 'none.json');
    await expect(createSupergraphCache(file).read()).resolves.toEqual({
      ok: false,
      error: { code: 'MISSING', message: `no cached supergraph at ${file}` },
    });
    expect(existsSync(file)).toBe(false);
  });

  it('reports a file that does not hold a signed supergraph (half written, or the old unsigned format)', async () => {
    const file = path.join(dir, 'supergraph.json');
    for (const content of ['{"etag": null, "supergraph": ', JSON.stringify({ id: 'v1', sdl: 'type Query { a: Int }', createdAt: V1.createdAt })]) {
      writeFileSync(file, content);
      await expect(createSupergraphCache(file).read()).resolves.toEqual({
        ok: false,
        error: { code: 'INVALID', message: `${file} does not hold a signed supergraph` },
      });
    }
  });
});
