import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `audit_event`: one row per recorded access to a citizen's personal data; rows are only ever inserted. */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  /** Position in the chain: 1, 2, 3… (bigint: a string on MySQL, hence the transformer). */
  @PrimaryColumn({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } })
  seq: number;

  @Column({ name: 'event_id', type: 'varchar', length: 36, unique: true })
  eventId: string;

  @Column({ name: 'subject_ci', type: 'varchar', length: 32 })
  subjectCi: string;

  /** JSON array of schema coordinates (`Citizen.names`). */
  @Column({ type: 'text' })
  fields: string;

  @Column({ type: 'varchar', length: 128 })
  reader: string;

  /** JSON array of the reader's roles. */
  @Column({ type: 'text' })
  roles: string;

  @Column({ name: 'acting_entity', type: 'varchar', length: 64, nullable: true })
  actingEntity: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  purpose: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128 })
  requestId: string;

  @Column({ name: 'source_subgraph', type: 'varchar', length: 64 })
  sourceSubgraph: string;

  @Column({ name: 'source_entity', type: 'varchar', length: 64 })
  sourceEntity: string;

  /** UTC ISO-8601 with milliseconds, as the source subgraph stamped the read. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt: string;

  @Column({ name: 'received_at', type: 'varchar', length: 24 })
  receivedAt: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
