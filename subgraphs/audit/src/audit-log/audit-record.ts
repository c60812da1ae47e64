/** One access to a citizen's personal data, as the log stores and hashes it. */
export interface AuditRecord {
  seq: number;
  eventId: string;
  subjectCi: string;
  fields: string[];
  reader: string;
  roles: string[];
  actingEntity: string | null;
  purpose: string | null;
  requestId: string;
  sourceSubgraph: string;
  /** Code of the PublicEntity that owns the source subgraph. */
  sourceEntity: string;
  occurredAt: string;
  receivedAt: string;
}

/** A record with its place in the hash chain. */
export interface ChainedAuditRecord extends AuditRecord {
  prevHash: string;
  hash: string;
}
