import 'reflect-metadata';

export { defineSubgraph, type SubgraphDefinition } from './define-subgraph';
export type { Subgraph } from './subgraph-runtime';
export type { SubgraphContext } from './subgraph-context';
export { loadSubgraphConfig, type SubgraphConfig } from './config';
export type { SubgraphApp } from './server/subgraph.app';
export { SQL_STATEMENTS_HEADER } from './server/subgraph.app';
export { buildFederatedSchema, type FederatedSchema, type ReferenceResolver } from './schema/build-federated-schema';
export {
  isPublic,
  isGateway,
  allow,
  deny,
  and,
  or,
  not,
  chain,
  rule,
  findFieldsWithoutRule,
  type RuleMap,
  type Rule,
} from './schema/rules';
export { isOwner, type CiOf } from './access/is-owner.rule';
export { hasRole, isAnalyst, isPlatformAdmin, ANALYST_ROLE, PLATFORM_ADMIN_ROLE } from './access/has-role.rule';
export { hasEntityRole, isActingServant } from './access/has-entity-role.rule';
export { hasConsent } from './access/has-consent.rule';
export { createConsentChecker, type ConsentChecker } from './access/consent-checker';
export { createGraphClient, type GraphClient, type GraphAnswer } from './graph/graph-client';
export { forbiddenError } from './schema/rules';
export type { PersonalDataMap } from './audit/personal-data';
export type { AuditEvent, AuditIngestBatch } from './audit/audit-event';
export { PersonalDataReads } from './audit/personal-data-reads';
export { AuditOutbox, AUDIT_OUTBOX_TABLE } from './audit/audit-outbox';
export { createAuditForwarder, type AuditForwarder, type AuditForwarderOptions, type AuditFlushOutcome } from './audit/audit-forwarder';
export { AUDIT_UNAVAILABLE } from './server/audit-response';
export type { HttpRoute, HttpRouteDeps, HttpRouteRequest, HttpRouteResponse } from './server/http-route';
export { Connection, PageInfo, PUBLIC_TAG, MAX_PAGE_SIZE, assertPageSize, toPage, type Page } from './pagination/connection';
export { badUserInput } from './errors/bad-user-input';
export { encodeCursor, decodeCursor } from './pagination/cursor';
export type { SeedContext, SeedFunction } from './seed/seed-runner';
export type { SeedProgress } from './seed/seed-progress';
export { publishSchema, type PublishOutcome, type SchemaPublication } from './registry/publish-schema';
export { textColumnType } from '@egob/database';
export { messages as kitMessages } from './messages';
