import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { HealthFacilityEntity } from '../facility/facility.entity';

/** Table `health_referral`: a referral (to a higher level of care) or counter-referral (back to a lower one). */
@Entity({ name: 'health_referral' })
@Index('idx_health_referral_ci', ['ci', 'createdAt'])
export class ReferralEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  /** A ReferralKind value. */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Index('idx_health_referral_from')
  @Column({ name: 'from_facility_code', type: 'varchar', length: 6 })
  fromFacilityCode: string;

  @Index('idx_health_referral_to')
  @Column({ name: 'to_facility_code', type: 'varchar', length: 6 })
  toFacilityCode: string;

  @Column({ name: 'clinician_ci', type: 'varchar', length: 20 })
  clinicianCi: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** ICD-10 code, or null. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  diagnosis: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  /** A ReferralStatus value. */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  /** Not columns: the facilities, when a query joined them. */
  fromFacility?: HealthFacilityEntity;
  toFacility?: HealthFacilityEntity;
}
