import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Is `authorization` (`Bearer <key>`) the ingestion key of `source`? With no keys
 * configured (development and test only: production refuses to start without them),
 * every source is accepted.
 */
export function isSourceAuthorized(authorization: string | undefined, source: string, keys: Readonly<Record<string, string>> | null): boolean {
  if (keys === null) return true;
  const expected = Object.prototype.hasOwnProperty.call(keys, source) ? keys[source] : undefined;
  const presented = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (expected === undefined || presented === undefined) return false;
  // Compare digests: equal lengths, constant time.
  return timingSafeEqual(digest(presented), digest(expected));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
