import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `job_profile`: a citizen's job-seeking profile (one per citizen). */
@Entity({ name: 'job_profile' })
@Index('idx_job_profile_candidates', ['visibleToEmployers', 'departmentCode', 'territoryCode'])
export class JobProfileEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  ci: string;

  @Column({ name: 'desired_position', type: 'varchar', length: 120 })
  desiredPosition: string;

  /** INE municipality code (DDPPMM). */
  @Column({ name: 'territory_code', type: 'varchar', length: 6 })
  territoryCode: string;

  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode: string;

  /** JSON array of strings. */
  @Column({ type: 'varchar', length: 1400 })
  skills: string;

  /** 1 or 0 (an integer: the same on SQLite and MariaDB). */
  @Column({ name: 'visible_to_employers', type: 'smallint' })
  visibleToEmployers: number;

  /** UTC instant, ISO-8601 with milliseconds. */
  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt: string;
}
