import { GatewayRefusal } from '../http/gateway-refusal';
import type { GraphqlHttpRequest } from '../http/graphql-http-request';
import { MESSAGES } from '../http/messages';
import { sha256Hex, type TrustedDocuments } from './trusted-documents';

/** How resolveTrustedOperation treats one request. */
export interface TrustedOperationPolicy {
  documents: TrustedDocuments;
  /** false: only documents of the manifest may run (production, anonymous and citizen traffic). */
  mayRunUnregistered: boolean;
}

interface OperationFields {
  query: unknown;
  extensions: unknown;
  documentId: unknown;
}

/**
 * Replaces a persisted-query reference (`extensions.persistedQuery.sha256Hash`, Apollo
 * APQ shape, or `documentId`, optionally `sha256:`-prefixed) in the request by the
 * registered document's text, so Apollo (whose own APQ is off) only ever sees a query.
 * Nothing is ever registered: a hash sent with its query runs as that query (if the
 * hash matches it) and is not stored. Throws a 400 GatewayRefusal on a hash miss
 * (`PERSISTED_QUERY_NOT_FOUND`) and, when the policy says so, on a document that is
 * not in the manifest (`OPERATION_NOT_REGISTERED`). Returns the query text that will
 * run (undefined when there is none). A batch or a body that is not an
 * object is left to Apollo, which refuses it.
 */
export function resolveTrustedOperation(req: GraphqlHttpRequest, policy: TrustedOperationPolicy): string | undefined {
  const fields = readOperationFields(req);
  if (!fields) return undefined;
  let query = typeof fields.query === 'string' ? fields.query : undefined;
  const hash = hashOf(fields);
  if (hash !== undefined) {
    if (query !== undefined) {
      if (sha256Hex(query) !== hash) throw new GatewayRefusal(400, 'BAD_REQUEST', MESSAGES.persistedQueryMismatch);
    } else {
      const document = hash === null ? null : policy.documents.find(hash);
      if (document === null) throw new GatewayRefusal(400, 'PERSISTED_QUERY_NOT_FOUND', MESSAGES.persistedQueryNotFound);
      query = document;
    }
    writeQuery(req, query);
  }
  if (query !== undefined && !policy.mayRunUnregistered && !policy.documents.isRegistered(query)) {
    throw new GatewayRefusal(400, 'OPERATION_NOT_REGISTERED', MESSAGES.operationNotRegistered);
  }
  return query;
}

function readOperationFields(req: GraphqlHttpRequest): OperationFields | null {
  if (req.method === 'GET') {
    const params = searchParamsOf(req);
    return { query: params.get('query') ?? undefined, extensions: parseJson(params.get('extensions')), documentId: params.get('documentId') ?? undefined };
  }
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, extensions, documentId } = body as Record<string, unknown>;
  return { query, extensions, documentId };
}

/** Returns the requested hash (lowercase hex), null for a reference that is no SHA-256, undefined when none is sent. */
function hashOf(fields: OperationFields): string | null | undefined {
  let reference: unknown;
  if (fields.documentId !== undefined) {
    reference = typeof fields.documentId === 'string' ? fields.documentId.replace(/^sha256:/, '') : null;
  } else if (typeof fields.extensions === 'object' && fields.extensions !== null && 'persistedQuery' in fields.extensions) {
    const persisted = (fields.extensions as { persistedQuery: unknown }).persistedQuery;
    reference = typeof persisted === 'object' && persisted !== null ? (persisted as { sha256Hash?: unknown }).sha256Hash : null;
  } else {
    return undefined;
  }
  return typeof reference === 'string' && /^[0-9a-fA-F]{64}$/.test(reference) ? reference.toLowerCase() : null;
}

function writeQuery(req: GraphqlHttpRequest, query: string): void {
  if (req.method === 'GET') {
    const params = searchParamsOf(req);
    params.set('query', query);
    params.delete('documentId');
    const extensions = withoutPersistedQuery(parseJson(params.get('extensions')));
    if (extensions === undefined) params.delete('extensions');
    else params.set('extensions', JSON.stringify(extensions));
    req.url = `${req.url.split('?')[0]}?${params.toString()}`;
    return;
  }
  const body = req.body as Record<string, unknown>;
  delete body.documentId;
  const extensions = withoutPersistedQuery(body.extensions);
  if (extensions === undefined) delete body.extensions;
  else body.extensions = extensions;
  body.query = query;
}

function withoutPersistedQuery(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null) return extensions;
  const { persistedQuery: _persistedQuery, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length === 0 ? undefined : rest;
}

function searchParamsOf(req: GraphqlHttpRequest): URLSearchParams {
  const index = req.url.indexOf('?');
  return new URLSearchParams(index === -1 ? '' : req.url.slice(index + 1));
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Apollo answers a malformed `extensions` parameter itself.
    return text;
  }
}
