import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Table `job_posting`: a job offer of the bolsa de trabajo (public data). */
@Entity({ name: 'job_posting' })
@Index('idx_job_posting_department', ['departmentCode', 'closesOn'])
@Index('idx_job_posting_closes', ['closesOn'])
export class JobPostingEntity {
  /** Sequence number: the posting's id and its keyset (newest first). */
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ name: 'employer_kind', type: 'varchar', length: 16 })
  employerKind: string;

  @Column({ name: 'employer_entity', type: 'varchar', length: 32, nullable: true })
  employerEntity: string | null;

  @Column({ name: 'employer_nit', type: 'varchar', length: 12, nullable: true })
  employerNit: string | null;

  @Column({ name: 'employer_name', type: 'varchar', length: 200 })
  employerName: string;

  /** INE municipality code (DDPPMM). */
  @Column({ name: 'territory_code', type: 'varchar', length: 6 })
  territoryCode: string;

  /** Its department (DD), to filter and to rank without string functions. */
  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode: string;

  /** Minimum TitleKind, or null. */
  @Column({ name: 'required_title', type: 'varchar', length: 20, nullable: true })
  requiredTitle: string | null;

  @Column({ name: 'minimum_experience_months', type: 'integer' })
  minimumExperienceMonths: number;

  /** YYYY-MM-DD. */
  @Column({ name: 'published_on', type: 'varchar', length: 10 })
  publishedOn: string;

  @Column({ name: 'closes_on', type: 'varchar', length: 10 })
  closesOn: string;

  /** Code of the entity the publishing servant acted for. */
  @Column({ name: 'published_by', type: 'varchar', length: 32 })
  publishedBy: string;
}
