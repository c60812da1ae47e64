import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `citizen`: one row per person registered in Ciudadanía Digital. */
@Entity({ name: 'citizen' })
export class CitizenEntity {
  /** Federation key: CI number plus `-<complement>` when one applies. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  ci: string;

  @Index('idx_citizen_ci_number')
  @Column({ name: 'ci_number', type: 'varchar', length: 12 })
  ciNumber: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  complement: string | null;

  @Column({ type: 'varchar', length: 120 })
  names: string;

  @Column({ name: 'first_surname', type: 'varchar', length: 80 })
  firstSurname: string;

  @Column({ name: 'second_surname', type: 'varchar', length: 80, nullable: true })
  secondSurname: string | null;

  /** ISO date YYYY-MM-DD (a string: the same on SQLite and MariaDB, no time zone shifts). */
  @Column({ name: 'birth_date', type: 'varchar', length: 10 })
  birthDate: string;

  @Column({ type: 'varchar', length: 1 })
  sex: string;

  /** INE code of the municipality of residence (a Territory of the entities subgraph). */
  @Column({ name: 'residence_code', type: 'varchar', length: 6 })
  residenceCode: string;
}
