import type { RequestContext } from '@egob/context-token';
import type { SqlCounter } from '@egob/database';
import type { Logger } from '@egob/logger';
import type { ConsentChecker } from './access/consent-checker';
import type { PersonalDataReads } from './audit/personal-data-reads';
import type { GraphClient } from './graph/graph-client';

/** What every resolver of a subgraph receives as its GraphQL context. */
export interface SubgraphContext<TServices = unknown, TLoaders = unknown> {
  /** Who is asking, as vouched for by the gateway's signed context token. */
  request: RequestContext;
  services: TServices;
  /** DataLoaders made for this request only. */
  loaders: TLoaders;
  sql: SqlCounter;
  logger: Logger;
  /** The personal data this request has read: written to the audit outbox before the response leaves. */
  audit: PersonalDataReads;
  /** Consent answers from identity (used by the hasConsent rule). */
  consents: ConsentChecker;
  /** The graph through the gateway with this subgraph's service account (null without credentials). */
  graph: GraphClient | null;
}
