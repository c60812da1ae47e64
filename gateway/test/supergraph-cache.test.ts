import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSupergraphCache } from '../src/supergraph/supergraph-cache';
import type { SupergraphVersion } from '../src/supergraph/supergraph-version';

const V1: SupergraphVersion = { id: 'v1', sdl: 'type Query { a: Int }', createdAt: '2026-11-02T10:00:00.000Z' };
const V2: SupergraphVersion = { id: 'v2', sdl: 'type Query { a: Int b: Int }', createdAt: '2026-11-02T11:00:00.000Z' };

describe('supergraph cache', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'egob-gateway-cache-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes into a folder it creates and reads back exactly what it wrote', async () => {
    const file = path.join(dir, 'nested', 'deeper', 'supergraph.json');
    const cache = createSupergraphCache(file);
    await cache.write(V1);
    await expect(cache.read()).resolves.toEqual({ ok: true, supergraph: V1 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(V1);
  });

  it('replaces the previous version and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'supergraph.json');
    const cache = createSupergraphCache(file);
    await cache.write(V1);
    await cache.write({ ...V2, extra: 'not kept' } as SupergraphVersion);
    await expect(cache.read()).resolves.toEqual({ ok: true, supergraph: V2 });
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

  it('reports a file that does not hold a supergraph', async () => {
    const file = path.join(dir, 'supergraph.json');
    writeFileSync(file, '{"id": "v1", "sdl": ');
    await expect(createSupergraphCache(file).read()).resolves.toEqual({
      ok: false,
      error: { code: 'INVALID', message: `${file} does not hold a valid {id, sdl, createdAt}` },
    });
  });
});
