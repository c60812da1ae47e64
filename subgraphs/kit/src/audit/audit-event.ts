/** One audit event: the personal data of one citizen read by one request of one subgraph. */
export interface AuditEvent {
  /** UUID; the audit subgraph stores each event id once (at-least-once delivery). */
  eventId: string;
  /** CI of the citizen whose data was read. */
  subjectCi: string;
  /** Schema coordinates read, sorted (`Citizen.names`). */
  fields: string[];
  /** Who read it: the context token's subject. */
  reader: string;
  roles: string[];
  /** Code of the PublicEntity the reader acted for, or null. */
  actingEntity: string | null;
  /** Declared purpose of the access, or null. */
  purpose: string | null;
  requestId: string;
  /** Name of the subgraph that served the data. */
  subgraph: string;
  /** UTC ISO-8601 time of the read. */
  occurredAt: string;
}

/** What the forwarder POSTs to the audit subgraph's ingestion endpoint. */
export interface AuditIngestBatch {
  /** Name of the source subgraph (its ingestion key authenticates it). */
  source: string;
  /** Code of the PublicEntity that owns the source subgraph. */
  owner: string;
  events: Array<Omit<AuditEvent, 'subgraph'>>;
}
