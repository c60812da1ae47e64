import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Table `hearing`: a hearing (audiencia) of a case in a courtroom of its court. */
@Entity({ name: 'hearing' })
@Index('idx_hearing_case', ['caseNumber', 'startsAt'])
@Index('idx_hearing_courtroom', ['courtCode', 'courtroom', 'startsAt'])
export class HearingEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'case_number', type: 'varchar', length: 32 })
  caseNumber: string;

  /** The case's court: a courtroom belongs to one court. */
  @Column({ name: 'court_code', type: 'varchar', length: 16 })
  courtCode: string;

  /** UTC ISO-8601 with milliseconds (sorts as text). */
  @Column({ name: 'starts_at', type: 'varchar', length: 24 })
  startsAt: string;

  @Column({ type: 'varchar', length: 60 })
  courtroom: string;

  /** A HearingKind value. */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  /** A HearingStatus value. */
  @Column({ type: 'varchar', length: 10 })
  status: string;
}
