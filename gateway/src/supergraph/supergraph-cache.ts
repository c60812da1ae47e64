import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSupergraphVersion, type SupergraphVersion } from './supergraph-version';

/** Outcome of reading the cache file: the supergraph, or why there is none. */
export type ReadCacheResult =
  | { ok: true; supergraph: SupergraphVersion }
  | { ok: false; error: { code: 'MISSING' | 'UNREADABLE' | 'INVALID'; message: string } };

/** The last good supergraph on disk, so a gateway can start while the registry is down. */
export interface SupergraphCache {
  readonly file: string;
  read(): Promise<ReadCacheResult>;
  /** Replaces the file atomically: a crash mid-write never leaves half a supergraph. */
  write(supergraph: SupergraphVersion): Promise<void>;
}

/** Returns the cache kept in `file` (JSON {id, sdl, createdAt}); the folder is created on first write. */
export function createSupergraphCache(file: string): SupergraphCache {
  const absolute = path.resolve(file);
  return {
    file: absolute,
    async read() {
      let text: string;
      try {
        text = await readFile(absolute, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return { ok: false, error: { code: 'MISSING', message: `no cached supergraph at ${absolute}` } };
        }
        return { ok: false, error: { code: 'UNREADABLE', message: `cannot read ${absolute}: ${(error as Error).message}` } };
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const supergraph = parseSupergraphVersion(json);
      if (!supergraph) {
        return { ok: false, error: { code: 'INVALID', message: `${absolute} does not hold a valid {id, sdl, createdAt}` } };
      }
      return { ok: true, supergraph };
    },
    async write(supergraph) {
      await mkdir(path.dirname(absolute), { recursive: true });
      // Same folder as the target so that rename stays on one filesystem (atomic).
      const temporary = `${absolute}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const { id, sdl, createdAt } = supergraph;
      try {
        await writeFile(temporary, `${JSON.stringify({ id, sdl, createdAt }, null, 2)}\n`, { mode: 0o644 });
        await rename(temporary, absolute);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
