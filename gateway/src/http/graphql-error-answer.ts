import type { GraphQLFormattedError } from 'graphql';
import Negotiator from 'negotiator';
import type { ServerResponse } from 'node:http';

// Apollo Server's MEDIA_TYPES for a single result.
const APPLICATION_JSON = 'application/json; charset=utf-8';
const SINGLE_RESULT_TYPES = [APPLICATION_JSON, 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];
// Clients send few distinct Accept headers; an attacker sending many only empties the memo.
const MEMO_SIZE = 64;
const memo = new Map<string, string | null>();

/**
 * Returns the Content-Type Apollo Server gives a single result for this Accept header
 * (`chooseContentTypeForSingleResultResponse`: JSON when there is no header, null when
 * the header accepts none of its types), remembered per header value.
 */
export function resultContentTypeFor(accept: string | undefined): string | null {
  if (accept === undefined || accept === '') return APPLICATION_JSON;
  let type = memo.get(accept);
  if (type === undefined) {
    type = new Negotiator({ headers: { accept } }).mediaType(SINGLE_RESULT_TYPES) ?? null;
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(accept, type);
  }
  return type;
}

/**
 * Writes `errors` with status 400 exactly as Apollo Server writes a request it refuses
 * (`JSON.stringify` and a final newline; its Content-Type, JSON when the Accept header
 * matches none, as Apollo's answer to a request it cannot read).
 */
export function sendGraphqlErrors(res: ServerResponse, accept: string | undefined, errors: readonly GraphQLFormattedError[]): void {
  const body = `${JSON.stringify({ errors })}\n`;
  res.statusCode = 400;
  res.setHeader('Content-Type', resultContentTypeFor(accept) ?? APPLICATION_JSON);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
