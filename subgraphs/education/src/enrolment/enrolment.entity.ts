import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Table `enrolment`: a citizen enrolled at an institution, at a level, in a year. */
@Entity({ name: 'enrolment' })
export class EnrolmentEntity {
  /** Insertion order: breaks ties between enrolments of the same year (oldest first). */
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  /** The enrolment's id in the API (a UUID, or `E-<ci>-<n>` for seeded ones). */
  @Column({ type: 'varchar', length: 40 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  @Column({ name: 'institution_code', type: 'varchar', length: 16 })
  institutionCode: string;

  /** EducationLevel. */
  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 120, nullable: true })
  course: string | null;

  /** EnrolmentStatus. */
  @Column({ type: 'varchar', length: 16 })
  status: string;
}
