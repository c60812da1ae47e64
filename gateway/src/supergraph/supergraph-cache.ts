import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSignedSupergraph, type SignedSupergraph } from './signed-supergraph';

/** What the cache file holds: the signed supergraph as the registry served it, and the ETag it came with. */
export interface CachedSupergraph {
  supergraph: SignedSupergraph;
  /** The registry's ETag for it (sent back as If-None-Match), null when it gave none. */
  etag: string | null;
}

/** Outcome of reading the cache file: its content (not yet verified), or why there is none. */
export type ReadCacheResult =
  | ({ ok: true } & CachedSupergraph)
  | { ok: false; error: { code: 'MISSING' | 'UNREADABLE' | 'INVALID'; message: string } };

/** The last good supergraph on disk, so a gateway can start while the registry is down. */
export interface SupergraphCache {
  readonly file: string;
  /** Returns the file's content; the caller verifies the signature before serving it. */
  read(): Promise<ReadCacheResult>;
  /** Replaces the file atomically: a crash mid-write never leaves half a supergraph. */
  write(cached: CachedSupergraph): Promise<void>;
}

/** Returns the cache kept in `file` (JSON `{etag, supergraph}`, the signed object as served); the folder is created on first write. */
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
      const record = (typeof json === 'object' && json !== null ? json : {}) as { etag?: unknown; supergraph?: unknown };
      const supergraph = parseSignedSupergraph(record.supergraph);
      if (!supergraph || (record.etag !== null && typeof record.etag !== 'string')) {
        return { ok: false, error: { code: 'INVALID', message: `${absolute} does not hold a signed supergraph` } };
      }
      return { ok: true, supergraph, etag: record.etag };
    },
    async write({ supergraph, etag }) {
      await mkdir(path.dirname(absolute), { recursive: true });
      // Same folder as the target so that rename stays on one filesystem (atomic).
      const temporary = `${absolute}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const { id, variant, sdl, createdAt, sha256, signature } = supergraph;
      const content = { etag, supergraph: { id, variant, createdAt, sha256, signature, sdl } };
      try {
        await writeFile(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o644 });
        await rename(temporary, absolute);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
