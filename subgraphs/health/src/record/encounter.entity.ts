import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { HealthFacilityEntity } from '../facility/facility.entity';

/**
 * Table `health_encounter`: one encounter of the clinical record. Diagnoses and
 * prescriptions are JSON text (read with the row: a whole record is one statement);
 * the clinician's name and registration are copied as they were when it was recorded.
 */
@Entity({ name: 'health_encounter' })
@Index('idx_health_encounter_ci', ['ci', 'occurredAt'])
export class EncounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  @Index('idx_health_encounter_facility')
  @Column({ name: 'facility_code', type: 'varchar', length: 6 })
  facilityCode: string;

  @Column({ name: 'clinician_ci', type: 'varchar', length: 20 })
  clinicianCi: string;

  @Column({ name: 'clinician_name', type: 'varchar', length: 160 })
  clinicianName: string;

  @Column({ name: 'clinician_registration', type: 'varchar', length: 32 })
  clinicianRegistration: string;

  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** JSON array of ICD-10 codes. */
  @Column({ type: 'text' })
  diagnoses: string;

  /** JSON array of { medication, dose, frequency, durationDays }. */
  @Column({ type: 'text' })
  prescriptions: string;

  @Column({ type: 'text' })
  notes: string;

  /** Not a column: the facility, when a query joined it (leftJoinAndMapOne). */
  facility?: HealthFacilityEntity;
}
