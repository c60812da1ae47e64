import type { RequestContext } from '@egob/context-token';

/** Apollo's per-request context in the gateway: who asks, as vouched for to the subgraphs. */
export interface GatewayContext {
  egob: RequestContext;
}
