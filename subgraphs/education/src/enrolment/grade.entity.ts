import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Table `grade`: a score of an enrolment in a subject and period. */
@Entity({ name: 'grade' })
export class GradeEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  @Column({ name: 'enrolment_id', type: 'varchar', length: 40 })
  enrolmentId: string;

  /** The student's CI, copied from the enrolment: whose personal data the grade is. */
  @Column({ type: 'varchar', length: 20 })
  ci: string;

  @Column({ type: 'varchar', length: 100 })
  subject: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  period: string | null;

  /** 0 to 100. */
  @Column({ type: 'integer' })
  score: number;
}
