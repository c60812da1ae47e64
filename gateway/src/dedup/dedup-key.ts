import type { RequestContext } from '@egob/context-token';

// Deeper variables are legal but rare: they are simply not deduplicated (and no recursion can overflow).
const MAX_DEPTH = 32;

/**
 * Returns `value` as JSON with object keys sorted at every level, so two requests whose
 * variables differ only in key order share a key; undefined when it nests deeper than 32
 * levels. Equal outputs mean equal JSON values: no two different values share one.
 */
export function canonicalJson(value: unknown, depth = 0): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth >= MAX_DEPTH) return undefined;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const part = canonicalJson(item, depth + 1);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) {
    const part = canonicalJson(record[key], depth + 1);
    if (part === undefined) return undefined;
    parts.push(`${JSON.stringify(key)}:${part}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Returns the part of a deduplication key that names the caller: everything of the
 * RequestContext a subgraph decides on (subject, roles, acting entity) or records
 * (purpose). The request id is left out on purpose: it differs on every request.
 */
export function callerKeyOf(context: RequestContext): string {
  return JSON.stringify([context.subject, context.roles, context.actingEntity, context.purpose]);
}

/** What identifies one incoming GraphQL request for deduplication. */
export interface InboundOperation {
  query: string;
  operationName: unknown;
  variables: unknown;
  extensions: unknown;
  /** The Accept header: it chooses the response's content type and status codes. */
  accept: string | undefined;
}

/**
 * Returns the key under which identical concurrent requests share one execution: the
 * caller, the document, the operation name, the variables and extensions (canonical
 * JSON) and the Accept header; null when the request cannot be keyed (variables nested
 * too deep).
 */
export function inboundKeyOf(operation: InboundOperation, context: RequestContext): string | null {
  const variables = canonicalJson(operation.variables ?? null);
  const extensions = canonicalJson(operation.extensions ?? null);
  if (variables === undefined || extensions === undefined) return null;
  const operationName = typeof operation.operationName === 'string' ? operation.operationName : null;
  // JSON parts hold no raw newline, and the query comes last: the joined key is unambiguous.
  return `${callerKeyOf(context)}\n${JSON.stringify([operationName, operation.accept ?? null])}\n${variables}\n${extensions}\n${operation.query}`;
}

/** Returns the key under which identical concurrent subgraph calls of one caller share one HTTP request. */
export function outboundKeyOf(subgraph: string, body: string, context: RequestContext): string {
  // A subgraph name is a GraphQL name and the caller key is JSON: neither holds a newline.
  return `${subgraph}\n${callerKeyOf(context)}\n${body}`;
}
