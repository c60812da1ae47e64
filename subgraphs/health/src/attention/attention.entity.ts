import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `health_attention`: a citizen being seen at a facility (open 24 h or until closed). */
@Entity({ name: 'health_attention' })
@Index('idx_health_attention_ci', ['ci', 'facilityCode'])
export class AttentionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  @Index('idx_health_attention_facility')
  @Column({ name: 'facility_code', type: 'varchar', length: 6 })
  facilityCode: string;

  /** The clinician who opened it. */
  @Column({ name: 'clinician_ci', type: 'varchar', length: 20 })
  clinicianCi: string;

  /** UTC instants, ISO-8601 with milliseconds. */
  @Column({ name: 'opened_at', type: 'varchar', length: 24 })
  openedAt: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 24 })
  expiresAt: string;

  @Column({ name: 'closed_at', type: 'varchar', length: 24, nullable: true })
  closedAt: string | null;
}
