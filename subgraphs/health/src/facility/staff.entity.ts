import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `health_staff`: a clinician working at a facility (one row per clinician and facility). */
@Entity({ name: 'health_staff' })
export class StaffEntity {
  /** The clinician's CI (the context token's subject when they sign in). */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  ci: string;

  @PrimaryColumn({ name: 'facility_code', type: 'varchar', length: 6 })
  @Index('idx_health_staff_facility')
  facilityCode: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  /** Matrícula profesional (e.g. `MP-L-4521`). */
  @Column({ name: 'professional_registration', type: 'varchar', length: 32 })
  professionalRegistration: string;
}
