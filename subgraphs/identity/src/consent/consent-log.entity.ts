import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Table `consent_log`: append-only record of every grant and revocation (the service never updates or deletes it). */
@Entity({ name: 'consent_log' })
@Index('idx_consent_log_subject', ['ci', 'seq'])
export class ConsentLogEntity {
  /** Order of entry: the keyset of the citizen's paginated log. */
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  @Column({ name: 'consent_id', type: 'varchar', length: 36 })
  consentId: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  /** GRANTED or REVOKED. */
  @Column({ type: 'varchar', length: 10 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  entity: string;

  @Column({ type: 'varchar', length: 80 })
  scope: string;

  /** The grant's expiry after this action. */
  @Column({ name: 'expires_at', type: 'varchar', length: 24 })
  expiresAt: string;

  /** The context token's subject that acted (the citizen). */
  @Column({ type: 'varchar', length: 128 })
  actor: string;

  @Column({ name: 'request_id', type: 'varchar', length: 128 })
  requestId: string;

  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt: string;
}
