import type { RequestContext } from '@egob/context-token';
import type { SqlCounter } from '@egob/database';
import type { Logger } from '@egob/logger';

/** What every resolver of a subgraph receives as its GraphQL context. */
export interface SubgraphContext<TServices = unknown, TLoaders = unknown> {
  /** Who is asking, as vouched for by the gateway's signed context token. */
  request: RequestContext;
  services: TServices;
  /** DataLoaders made for this request only. */
  loaders: TLoaders;
  sql: SqlCounter;
  logger: Logger;
}
