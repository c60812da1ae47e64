import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Table `case_party`: a person or company that is a party of a case. */
@Entity({ name: 'case_party' })
@Index('idx_case_party_case', ['caseNumber'])
@Index('idx_case_party_ci', ['ci'])
export class PartyEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'case_number', type: 'varchar', length: 32 })
  caseNumber: string;

  /** PERSON or COMPANY. */
  @Column({ type: 'varchar', length: 8 })
  kind: string;

  /** A PartyRole value. */
  @Column({ type: 'varchar', length: 12 })
  role: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** CI of a person party (null for companies). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  ci: string | null;

  /** NIT of a company party (null for persons). */
  @Column({ type: 'varchar', length: 12, nullable: true })
  nit: string | null;
}
