/** One immutable supergraph published by the registry, as served by `GET /supergraph` and kept in the cache file. */
export interface SupergraphVersion {
  /** Version id; also the ETag, so it must be printable ASCII without quotes. */
  id: string;
  sdl: string;
  /** ISO-8601 time the registry composed it. */
  createdAt: string;
}

const ID_PATTERN = /^[\x21\x23-\x7e]{1,200}$/;

/** Returns the SupergraphVersion held by an untrusted JSON value, or null when it is not one. */
export function parseSupergraphVersion(value: unknown): SupergraphVersion | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, sdl, createdAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
  if (typeof sdl !== 'string' || sdl.trim() === '') return null;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
  return { id, sdl, createdAt };
}
