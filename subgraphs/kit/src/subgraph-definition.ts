import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { IRules } from 'graphql-shield';
import type { NonEmptyArray } from 'type-graphql';
import type { Logger } from '@egob/logger';
import type { PersonalDataMap } from './audit/personal-data';
import type { SubgraphConfig } from './config';
import type { ReferenceResolver } from './schema/build-federated-schema';
import type { HttpRoute } from './server/http-route';
import type { SeedFunction } from './seed/seed-runner';

/** Everything that makes one subgraph: its data, its API, its rules, its seed. */
export interface SubgraphDefinition<TServices, TLoaders> {
  /** `[a-z][a-z0-9-]*`: the registry name and the context token's audience. */
  name: string;
  /** Code of the PublicEntity that owns this subgraph (e.g. AGETIC). */
  owner: string;
  /** Default port (ARCHITECTURE.md: subgraphs from 4100, in the order of its table). */
  port: number;
  /** Version label published to the registry; defaults to a hash of the SDL. */
  version?: string;
  /** TypeORM table classes. */
  entities: MixedList<Function | EntitySchema>;
  /** TypeORM migrations of this subgraph (the kit adds its own before them). */
  migrations: Function[];
  /** type-graphql resolver classes. */
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver that must still be in the schema. */
  orphanedTypes?: Function[];
  /** Federation reference resolvers by type name; each must go through a DataLoader. */
  references?: Record<string, ReferenceResolver>;
  /** graphql-shield rule map naming every type or field (deny by default). */
  rules: IRules;
  /**
   * Types whose fields are personal data, and whose data a parent is (the subject's CI):
   * the kit records every read of their fields in the audit outbox.
   */
  personalData?: PersonalDataMap;
  /** Extra HTTP routes, mounted before `/graphql` and outside its context-token guard. */
  http?: HttpRoute<TServices>[];
  /**
   * A plain Node request handler mounted before `/graphql` (outside its guard) for
   * protocols the JSON routes cannot carry (OAuth: query strings, forms, HTML, redirects);
   * it calls `next()` for any path it does not own.
   */
  middleware?: (deps: { services: TServices; config: SubgraphConfig; logger: Logger }) => (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => unknown;
  /** Creates the services once at start (may throw a ConfigError: the process exits with its one line). */
  services: (deps: { dataSource: DataSource; logger: Logger; config: SubgraphConfig }) => TServices;
  /** Creates the DataLoaders for one request. */
  loaders: (services: TServices) => TLoaders;
  /** Deterministic demo data. */
  seed?: SeedFunction;
}
