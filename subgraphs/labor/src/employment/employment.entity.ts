import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `employment`: one job of a citizen, as the employer or an inspector registered it. */
@Entity({ name: 'employment' })
@Index('idx_employment_citizen', ['ci', 'startDate'])
@Index('idx_employment_employer_entity', ['employerEntity'])
export class EmploymentEntity {
  /** UUID (registered) or `seed-<index>-<n>` (demo data). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  /** PUBLIC_ENTITY or COMPANY. */
  @Column({ name: 'employer_kind', type: 'varchar', length: 16 })
  employerKind: string;

  @Column({ name: 'employer_entity', type: 'varchar', length: 32, nullable: true })
  employerEntity: string | null;

  @Column({ name: 'employer_nit', type: 'varchar', length: 12, nullable: true })
  employerNit: string | null;

  @Column({ name: 'employer_name', type: 'varchar', length: 200 })
  employerName: string;

  @Column({ type: 'varchar', length: 120 })
  position: string;

  /** YYYY-MM-DD (strings: the same on SQLite and MariaDB, no time zone shifts). */
  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10, nullable: true })
  endDate: string | null;

  /** AL_DIA, EN_MORA or SIN_APORTES. */
  @Column({ name: 'contributions_status', type: 'varchar', length: 12 })
  contributionsStatus: string;

  /** Code of the entity the registering servant acted for (employers read the rows they registered). */
  @Column({ name: 'registered_by', type: 'varchar', length: 32 })
  registeredBy: string;

  /** UTC instant, ISO-8601 with milliseconds. */
  @Column({ name: 'registered_at', type: 'varchar', length: 24 })
  registeredAt: string;
}
