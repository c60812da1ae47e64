import { randomUUID } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS_SUBJECT, CONTEXT_TOKEN_HEADER, type ContextSigner, type RequestContext } from '@egob/context-token';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context';
import { REQUEST_ID_HEADER } from './request-context';
import type { SubgraphFetcher } from './subgraph-fetcher';

/** Error code of a subgraph that could not be reached or did not answer in time. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** Options of SubgraphDataSource. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph: the audience of its context tokens. */
  name: string;
  url: string;
  signer: Pick<ContextSigner, 'sign'>;
  fetcher: SubgraphFetcher;
}

/**
 * Sends the gateway's fetches to one subgraph, each with a context token signed for
 * that subgraph alone and the request id. Nothing else from the client (Authorization,
 * cookies) reaches a subgraph: it trusts only the token.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly signer: Pick<ContextSigner, 'sign'>;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher });
    this.name = options.name;
    this.signer = options.signer;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http!.headers;
    headers.delete('authorization');
    headers.delete('cookie');
    const context = contextOf(options);
    headers.set(CONTEXT_TOKEN_HEADER, await this.signer.sign(context, this.name));
    headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError) throw error;
    // Network failures and timeouts: name the subgraph, hide hosts and socket details.
    throw new GraphQLError(`El servicio «${this.name}» no está disponible en este momento.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: this.name },
      originalError: error,
    });
  }
}

function contextOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): RequestContext {
  // Only incoming operations carry a client request (the kind enum is not exported by @apollo/gateway).
  if ('incomingRequestContext' in options && options.context.egob) return options.context.egob;
  // Health checks and schema loading run outside any client request.
  return { subject: ANONYMOUS_SUBJECT, roles: [], actingEntity: null, purpose: null, requestId: randomUUID() };
}
