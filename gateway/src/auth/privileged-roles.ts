import type { RequestContext } from '@egob/context-token';

// Roles that build on the graph: they see the schema (introspection, suggestions) in production.
const EXPLORER_ROLES = new Set(['developer', 'platform:admin']);
// Roles that may run documents the web app never registered.
const FREE_QUERY_ROLES = new Set(['developer', 'platform:admin', 'service']);

/** Returns whether `context` may introspect the schema and get "Did you mean" hints in production mode. */
export function canExploreSchema(context: RequestContext): boolean {
  return context.roles.some((role) => EXPLORER_ROLES.has(role));
}

/** Returns whether `context` may run operations that are not in the trusted-documents manifest in production mode. */
export function canRunUnregisteredOperations(context: RequestContext): boolean {
  return context.subject.startsWith('service:') || context.roles.some((role) => FREE_QUERY_ROLES.has(role));
}
