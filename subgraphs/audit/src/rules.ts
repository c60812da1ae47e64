import { hasRole, isAnalyst, isGateway, isOwner, isPlatformAdmin, isPublic, or, type RuleMap } from '@egob/subgraph-kit';
import type { Citizen } from './data-access/citizen.type';
import type { DataAccess } from './data-access/data-access.type';

/** Role of the State's auditors (e.g. the Contraloría) who verify the log's integrity. */
export const AUDITOR_ROLE = 'auditor';

const isAuditor = or(isPlatformAdmin, hasRole(AUDITOR_ROLE));

/** One rule for every field of an access: the citizen whose data was read. */
const isAccessOwner = isOwner((access: DataAccess) => access.subjectCi);

/** Access rules of every field (deny by default): the log is for the citizen it is about, auditors and analysts. */
export const rules: RuleMap = {
  Query: {
    verifyChain: isAuditor,
    exchangeStatistics: isAnalyst,
  },
  Citizen: {
    // The key the caller sent, echoed: no data of anyone.
    ci: isGateway,
    dataAccesses: isOwner((citizen: Citizen) => citizen.ci),
  },
  DataAccessConnection: {
    // Reachable only through Citizen.dataAccesses, which only the citizen passes.
    nodes: isGateway,
    pageInfo: isGateway,
    totalCount: isGateway,
  },
  DataAccess: {
    id: isAccessOwner,
    sequence: isAccessOwner,
    occurredAt: isAccessOwner,
    fields: isAccessOwner,
    reader: isAccessOwner,
    readerRoles: isAccessOwner,
    actingEntity: isAccessOwner,
    purpose: isAccessOwner,
    requestId: isAccessOwner,
    sourceSubgraph: isAccessOwner,
    sourceEntity: isAccessOwner,
  },
  ChainVerification: {
    ok: isAuditor,
    checked: isAuditor,
    lastSequence: isAuditor,
    lastHash: isAuditor,
    alteredSequence: isAuditor,
    missingSequence: isAuditor,
    verifiedAt: isAuditor,
  },
  EntityExchange: {
    period: isAnalyst,
    actingEntity: isAnalyst,
    sourceEntity: isAnalyst,
    accesses: isAnalyst,
    citizens: isAnalyst,
  },
  PublicEntity: {
    code: isPublic,
  },
  PageInfo: {
    hasNextPage: isPublic,
    endCursor: isPublic,
  },
};
