import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `judicial_case`: a case (causa) filed at a court. */
@Entity({ name: 'judicial_case' })
@Index('idx_judicial_case_sequence', ['courtCode', 'filedYear', 'sequence'], { unique: true })
export class CaseEntity {
  /** `<COURT>-<YYYY>-<NNNNNN>`, e.g. LPZ-CIV-03-2025-000042. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  number: string;

  @Column({ name: 'court_code', type: 'varchar', length: 16 })
  courtCode: string;

  /** Year of filed_on: the sequence restarts every year at every court. */
  @Column({ name: 'filed_year', type: 'integer' })
  filedYear: number;

  @Column({ type: 'integer' })
  sequence: number;

  /** A CaseMatter value. */
  @Column({ type: 'varchar', length: 24 })
  matter: string;

  /** A CaseStatus value. */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'filed_on', type: 'varchar', length: 10 })
  filedOn: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  summary: string | null;
}
