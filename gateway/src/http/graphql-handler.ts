import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '@egob/context-token';
import type { ServerResponse } from 'node:http';
import type { GatewayContext } from '../context/gateway-context';
import { inboundKeyOf } from '../dedup/dedup-key';
import type { InflightMap } from '../dedup/inflight-map';
import type { GraphqlHttpRequest } from './graphql-http-request';

/** One GraphQL response, serialized once: what identical concurrent requests share. */
export interface SerializedResponse {
  status: number;
  headers: readonly (readonly [string, string])[];
  body: string;
  /** The body's UTF-8 bytes, made at the second send (one request alone writes the string as is). */
  bytes?: Buffer;
  sends: number;
}

/** Options of createGraphqlHandler. */
export interface GraphqlHandlerOptions {
  server: ApolloServer<GatewayContext>;
  /** Identical concurrent read requests of one caller share one execution (null: every request runs). */
  inflight: InflightMap<SerializedResponse> | null;
}

/** Runs one admitted request through Apollo and writes the answer. */
export type GraphqlHandler = (request: GraphqlHttpRequest, context: RequestContext, readOnly: boolean, res: ServerResponse) => Promise<void>;

/**
 * Returns what runs a request the guard admitted: Apollo Server's HTTP entry point
 * (`executeHTTPGraphQLRequest`), with in-flight deduplication: a POSTed read that is
 * identical — caller, document, operation name, variables, extensions, Accept — to one
 * still running waits for it and is sent the same bytes. Headers set per request
 * before (request id, supergraph id) stay its own.
 */
export function createGraphqlHandler(options: GraphqlHandlerOptions): GraphqlHandler {
  const { server, inflight } = options;
  return async (request, context, readOnly, res) => {
    const key = inflight !== null && readOnly ? dedupKeyOf(request, context) : null;
    const run = () => execute(server, request, context);
    send(res, key === null ? await run() : await inflight!.run(key, run));
  };
}

function dedupKeyOf(request: GraphqlHttpRequest, context: RequestContext): string | null {
  if (request.method !== 'POST') return null;
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  return inboundKeyOf({ query, operationName, variables, extensions, accept: request.headers.accept }, context);
}

async function execute(server: ApolloServer<GatewayContext>, request: GraphqlHttpRequest, egob: RequestContext): Promise<SerializedResponse> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const index = request.url.indexOf('?');
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method.toUpperCase(),
      headers,
      search: index === -1 ? '' : request.url.slice(index),
      body: request.body,
    },
    // The guard built and vouched for it (token verified, acting entity checked).
    context: async () => ({ egob }),
  });
  let body: string;
  if (response.body.kind === 'complete') {
    body = response.body.string;
  } else {
    // The gateway executes no @defer: a chunked answer is collected, never streamed.
    body = '';
    for await (const chunk of response.body.asyncIterator) body += chunk;
  }
  return { status: response.status ?? 200, headers: [...response.headers], body, sends: 0 };
}

function send(res: ServerResponse, response: SerializedResponse): void {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status;
  response.sends += 1;
  // end() with the whole body sets Content-Length itself (measuring a large string twice costs).
  if (response.sends === 1) {
    res.end(response.body, 'utf8');
    return;
  }
  // Shared: encoded once, then the same bytes for every joined request.
  response.bytes ??= Buffer.from(response.body, 'utf8');
  res.end(response.bytes);
}
