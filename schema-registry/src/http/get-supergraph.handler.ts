/**
 * Returns true when an If-None-Match header (a list of entity tags, or `*`) names the
 * entity tag `"<etag>"` (`GET /supergraph` itself is served by delivery/serve-supergraph.handler).
 */
export function matchesEtag(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === `"${etag}"`);
}
