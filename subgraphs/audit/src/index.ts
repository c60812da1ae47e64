import { defineSubgraph } from '@egob/subgraph-kit';
import { AuditEventEntity } from './audit-log/audit-event.entity';
import { ChainResolver } from './chain/chain.resolver';
import { CitizenDataAccessesResolver } from './data-access/citizen-data-accesses.resolver';
import { Citizen, resolveCitizenReference } from './data-access/citizen.type';
import { ExchangeResolver } from './exchange/exchange.resolver';
import { ingestRoute } from './ingest/ingest.route';
import { CreateAuditLog1764400000100 } from './migrations/1764400000100-create-audit-log';
import { rules } from './rules';
import { createLoaders, createServices } from './services';

/** The audit subgraph: the append-only, hash-chained log of every access to personal data. */
export default defineSubgraph({
  name: 'audit',
  owner: 'AGETIC',
  port: 4102,
  entities: [AuditEventEntity],
  migrations: [CreateAuditLog1764400000100],
  resolvers: [CitizenDataAccessesResolver, ChainResolver, ExchangeResolver],
  // Reached only through the gateway's _entities: no query of this subgraph returns it.
  orphanedTypes: [Citizen],
  references: {
    Citizen: resolveCitizenReference,
  },
  rules,
  http: [ingestRoute],
  services: createServices,
  loaders: createLoaders,
});
