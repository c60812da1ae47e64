import type { GraphqlHttpRequest } from './graphql-http-request';

/**
 * Apollo Server 5.5's answers to a POSTed JSON body that is not a GraphQL request
 * (`runHttpQuery`, `httpBatching`, `requestPipeline`), word for word: the gateway gives
 * them itself so a malformed request costs no trip through Apollo's pipeline.
 */
export const REQUEST_SHAPE_MESSAGES = {
  batching: 'Operation batching disabled.',
  noKeys: 'POST body missing, invalid Content-Type, or JSON object has no keys.',
  queryNotString: 'GraphQL queries must be strings.',
  queryIsAst:
    "GraphQL queries must be strings. It looks like you're sending the internal graphql-js representation of a parsed query in your request instead of a request in the GraphQL query language. You can convert an AST to a string using the `print` function from `graphql`, or use a client like `apollo-client` which converts the internal representation to a string for you.",
  variablesString: '`variables` in a POST body should be provided as an object, not a recursively JSON-encoded string.',
  extensionsString: '`extensions` in a POST body should be provided as an object, not a recursively JSON-encoded string.',
  extensionsNotObject: '`extensions` in a POST body must be an object if provided.',
  variablesNotObject: '`variables` in a POST body must be an object if provided.',
  operationNameNotString: '`operationName` in a POST body must be a string if provided.',
  noQuery: 'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.',
} as const;

/**
 * Returns Apollo's message for a POSTed JSON body whose shape is no GraphQL request
 * (what `runHttpQuery` checks before the pipeline, in its order), or null.
 */
export function requestShapeError(request: GraphqlHttpRequest): string | null {
  const body = request.body;
  if (Array.isArray(body)) return REQUEST_SHAPE_MESSAGES.batching;
  if (!isRecord(body) || Object.keys(body).length === 0) return REQUEST_SHAPE_MESSAGES.noKeys;
  const { query, variables, extensions, operationName } = body;
  if (query && typeof query !== 'string') {
    return (query as { kind?: unknown }).kind === 'Document' ? REQUEST_SHAPE_MESSAGES.queryIsAst : REQUEST_SHAPE_MESSAGES.queryNotString;
  }
  if (typeof variables === 'string') return REQUEST_SHAPE_MESSAGES.variablesString;
  if (typeof extensions === 'string') return REQUEST_SHAPE_MESSAGES.extensionsString;
  if ('extensions' in body && extensions !== null && !isRecord(extensions)) return REQUEST_SHAPE_MESSAGES.extensionsNotObject;
  if ('variables' in body && variables !== null && !isRecord(variables)) return REQUEST_SHAPE_MESSAGES.variablesNotObject;
  if ('operationName' in body && operationName !== null && typeof operationName !== 'string') return REQUEST_SHAPE_MESSAGES.operationNameNotString;
  return null;
}

/**
 * Returns whether a well-shaped POSTed body has no query (the first answer of Apollo's
 * pipeline), false when it has one or a `persistedQuery` extension (Apollo's persisted
 * queries are off: it refuses the extension in words of its own).
 */
export function lacksQuery(request: GraphqlHttpRequest): boolean {
  const { query, extensions } = request.body as Record<string, unknown>;
  return !query && !(isRecord(extensions) && extensions.persistedQuery);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
