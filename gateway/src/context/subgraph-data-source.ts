import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS_SUBJECT, CONTEXT_TOKEN_HEADER, type ContextSigner, type RequestContext } from '@egob/context-token';
import { GraphQLError } from 'graphql';
import { outboundKeyOf } from '../dedup/dedup-key';
import type { InflightMap } from '../dedup/inflight-map';
import type { GatewayContext } from './gateway-context';
import { REQUEST_ID_HEADER } from './request-context';
import type { SubgraphResponse, SubgraphTransport } from './subgraph-transport';

/** Error code of a subgraph that could not be reached or did not answer in time. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** What a data source hands back to @apollo/gateway. */
type SubgraphResult = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/** Options of SubgraphDataSource. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph: the audience of its context tokens. */
  name: string;
  url: string;
  signer: Pick<ContextSigner, 'sign'>;
  transport: SubgraphTransport;
  /** Identical concurrent calls of one caller share one HTTP request (null: every call is sent). */
  inflight: InflightMap<SubgraphResponse> | null;
}

interface SignedToken {
  token: Promise<string>;
  signedAt: number;
}

// Tokens live 60 s; one is reused within a request for at most half of that, so a
// subgraph never receives one about to expire, however long the request runs.
const TOKEN_REUSE_MS = 30_000;

/**
 * Sends the gateway's fetches to one subgraph, each with a context token signed for
 * that subgraph alone (once per request and subgraph) and the request id. Nothing
 * else from the client (Authorization, cookies) reaches a subgraph: it trusts only the
 * token. Identical concurrent read calls by the same caller (subject, roles, acting
 * entity, purpose) share one HTTP request; each gets its own copy of the answer.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  readonly name: string;
  readonly url: string;
  private readonly target: URL;
  private readonly signer: Pick<ContextSigner, 'sign'>;
  private readonly transport: SubgraphTransport;
  private readonly inflight: InflightMap<SubgraphResponse> | null;
  private readonly tokens = new WeakMap<RequestContext, SignedToken>();

  constructor(options: SubgraphDataSourceOptions) {
    this.name = options.name;
    this.url = options.url;
    this.target = new URL(options.url);
    this.signer = options.signer;
    this.transport = options.transport;
    this.inflight = options.inflight;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResult> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const incoming = 'incomingRequestContext' in options ? options : null;
    const context = incoming?.context.egob ?? backgroundContext();
    // The shape RemoteGraphQLDataSource sends (undefined fields dropped by JSON).
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const send = () => this.send(body, context);
    let response: SubgraphResponse;
    let result: unknown;
    try {
      // Only reads: every fetch of a query is a read, a mutation's never shared.
      const shareable = this.inflight !== null && incoming?.incomingRequestContext.operation?.operation === 'query';
      response = await (shareable ? this.inflight!.run(outboundKeyOf(this.name, body, context), send) : send());
      // Parsed per caller: the gateway merges into (mutates) what it receives.
      result = parseBody(response);
      if (response.status < 200 || response.status > 299) throw errorFromResponse(response, result, this.url);
      if (typeof result !== 'object' || result === null || Array.isArray(result)) {
        throw new Error(`Expected JSON response body, but received: ${String(result).slice(0, 200)}`);
      }
    } catch (error) {
      this.didEncounterError(error);
    }
    const policy = incoming?.incomingRequestContext.overallCachePolicy;
    if (policy && 'restrict' in policy) policy.restrict(cacheHintOf(response.cacheControl));
    return result as SubgraphResult;
  }

  /** Throws what the client may see of a failed call: a subgraph's GraphQL error as is, anything else as SUBGRAPH_UNAVAILABLE. */
  didEncounterError(error: unknown): never {
    if (error instanceof GraphQLError) throw error;
    // Network failures and timeouts: name the subgraph, hide hosts and socket details.
    throw new GraphQLError(`El servicio «${this.name}» no está disponible en este momento.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: this.name },
      ...(error instanceof Error && { originalError: error }),
    });
  }

  private async send(body: string, context: RequestContext): Promise<SubgraphResponse> {
    return this.transport.post(this.target, body, {
      'content-type': 'application/json',
      accept: 'application/json',
      [CONTEXT_TOKEN_HEADER]: await this.tokenFor(context),
      [REQUEST_ID_HEADER]: context.requestId,
    });
  }

  /** Returns the context token of `context` for this subgraph: signed once per request, then reused (for up to 30 s). */
  private tokenFor(context: RequestContext): Promise<string> {
    const now = Date.now();
    const cached = this.tokens.get(context);
    if (cached !== undefined && now - cached.signedAt < TOKEN_REUSE_MS) return cached.token;
    const token = this.signer.sign(context, this.name);
    const entry = { token, signedAt: now };
    this.tokens.set(context, entry);
    // A failed signature is not kept: the next call tries again.
    token.catch(() => {
      if (this.tokens.get(context) === entry) this.tokens.delete(context);
    });
    return token;
  }
}

function backgroundContext(): RequestContext {
  // Health checks and schema loading run outside any client request.
  return { subject: ANONYMOUS_SUBJECT, roles: [], actingEntity: null, purpose: null, requestId: randomUUID() };
}

function parseBody(response: SubgraphResponse): unknown {
  const type = response.contentType;
  if (type !== undefined && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json'))) {
    return JSON.parse(response.body) as unknown;
  }
  return response.body;
}

function errorFromResponse(response: SubgraphResponse, body: unknown, url: string): GraphQLError {
  const statusText = STATUS_CODES[response.status] ?? '';
  const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${response.status}: ${statusText}`, {
    extensions: { ...(code && { code }), response: { url, status: response.status, statusText, body } },
  });
}

/** Returns the cache hint of a subgraph's Cache-Control header, as RemoteGraphQLDataSource reads it. */
function cacheHintOf(header: string | undefined): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const hint: { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: 0 };
  if (header === undefined) return hint;
  for (const directive of header.split(',')) {
    const [name, value] = directive.trim().split('=');
    const key = name?.toLowerCase();
    if (key === 'max-age' && value !== undefined && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    else if (key === 'private') hint.scope = 'PRIVATE';
    else if (key === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}
