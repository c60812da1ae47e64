import type { DataSource } from 'typeorm';
import { ConfigError } from '@egob/config';
import type { SubgraphConfig } from '@egob/subgraph-kit';
import { AuditLogService } from './audit-log/audit-log.service';
import { DataAccessService } from './data-access/data-access.service';
import { ExchangeService } from './exchange/exchange.service';

/** Services of the audit subgraph, created once. */
export interface AuditServices {
  auditLog: AuditLogService;
  dataAccesses: DataAccessService;
  exchanges: ExchangeService;
}

/** DataLoaders of the audit subgraph: none (see README: only the owner's one Citizen passes the rules). */
export type AuditLoaders = Record<string, never>;

/** Returns the services over the subgraph's database; in production refuses to start without AUDIT_INGEST_KEYS. */
export function createServices({ dataSource, config }: { dataSource: DataSource; config: SubgraphConfig }): AuditServices {
  if (config.EGOB_MODE === 'production' && config.AUDIT_INGEST_KEYS === null) {
    throw new ConfigError('Invalid configuration: AUDIT_INGEST_KEYS: is required in production (not set)', 'AUDIT_INGEST_KEYS');
  }
  return {
    auditLog: new AuditLogService(dataSource),
    dataAccesses: new DataAccessService(dataSource),
    exchanges: new ExchangeService(dataSource),
  };
}

/** Returns the (empty) loaders of one request. */
export function createLoaders(): AuditLoaders {
  return {};
}
