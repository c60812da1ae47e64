import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `court`: a court (juzgado or tribunal) of the Órgano Judicial. */
@Entity({ name: 'court' })
@Index('idx_court_department', ['departmentCode', 'matter', 'code'])
export class CourtEntity {
  /** `<CITY>-<MATTER>-<NN>`, e.g. LPZ-CIV-03. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  /** A CaseMatter value. */
  @Column({ type: 'varchar', length: 24 })
  matter: string;

  /** INE code of the municipality of its seat. */
  @Column({ name: 'territory_code', type: 'varchar', length: 6 })
  territoryCode: string;

  /** First two digits of territory_code: the courts(departmentCode) filter. */
  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode: string;
}
