import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Table `ruling`: a judicial decision (resolución) issued in a case. */
@Entity({ name: 'ruling' })
@Index('idx_ruling_case', ['caseNumber', 'issuedOn'])
export class RulingEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'case_number', type: 'varchar', length: 32 })
  caseNumber: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn: string;

  /** A RulingKind value. */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'varchar', length: 1000 })
  summary: string;
}
