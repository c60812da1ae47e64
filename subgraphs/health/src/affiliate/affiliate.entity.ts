import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `health_affiliate`: a citizen's affiliation to a public insurer (SUS or a Caja). */
@Entity({ name: 'health_affiliate' })
export class AffiliateEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  ci: string;

  @Column({ name: 'affiliation_number', type: 'varchar', length: 32 })
  affiliationNumber: string;

  /** Code of the insurer PublicEntity (`MIN-SALUD` for the SUS, `CNS`). */
  @Column({ type: 'varchar', length: 32 })
  insurer: string;

  /** An AffiliationStatus value. */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  /** ISO date YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  since: string;

  @Column({ name: 'employer_name', type: 'varchar', length: 160, nullable: true })
  employerName: string | null;
}
