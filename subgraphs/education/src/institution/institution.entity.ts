import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `educational_institution`: a school, technical institute or university. */
@Entity({ name: 'educational_institution' })
export class InstitutionEntity {
  /** SIE code of a school (8 digits) or the acronym of an institute or university. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** SCHOOL, TECHNICAL_INSTITUTE or UNIVERSITY. */
  @Column({ type: 'varchar', length: 24 })
  kind: string;

  /** INE code of the municipality of its seat. */
  @Column({ name: 'territory_code', type: 'varchar', length: 6 })
  territoryCode: string;

  /** First two digits of territory_code: the filter of educationalInstitutions. */
  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode: string;
}
