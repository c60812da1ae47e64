import type { AuditEvent } from '@egob/subgraph-kit';

/** One access to a citizen's personal data, as the log stores and hashes it (the kit's event, placed in the log). */
export interface AuditRecord extends Omit<AuditEvent, 'subgraph'> {
  seq: number;
  sourceSubgraph: string;
  /** Code of the PublicEntity that owns the source subgraph. */
  sourceEntity: string;
  receivedAt: string;
}

/** A record with its place in the hash chain. */
export interface ChainedAuditRecord extends AuditRecord {
  prevHash: string;
  hash: string;
}
