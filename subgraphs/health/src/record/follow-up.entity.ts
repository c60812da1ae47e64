import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { HealthFacilityEntity } from '../facility/facility.entity';
import type { EncounterEntity } from './encounter.entity';

/** Table `health_follow_up`: a post-recovery follow-up scheduled after an encounter. */
@Entity({ name: 'health_follow_up' })
@Index('idx_health_follow_up_ci', ['ci', 'dueDate'])
export class FollowUpEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  @Index('idx_health_follow_up_encounter')
  @Column({ name: 'encounter_id', type: 'varchar', length: 36 })
  encounterId: string;

  @Index('idx_health_follow_up_facility')
  @Column({ name: 'facility_code', type: 'varchar', length: 6 })
  facilityCode: string;

  @Column({ name: 'clinician_ci', type: 'varchar', length: 20 })
  clinicianCi: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate: string;

  @Column({ type: 'text' })
  notes: string;

  /** SCHEDULED or DONE as stored; MISSED is derived on read (SCHEDULED and past due). */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  /** Not columns: the facility and the encounter (with its facility), when a query joined them. */
  facility?: HealthFacilityEntity;
  encounter?: EncounterEntity;
}
