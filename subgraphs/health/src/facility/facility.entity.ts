import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `health_facility`: one public health facility (establecimiento de salud). */
@Entity({ name: 'health_facility' })
@Index('idx_health_facility_department', ['departmentCode', 'code'])
@Index('idx_health_facility_level', ['level', 'code'])
export class HealthFacilityEntity {
  /** Six digits: the department digit then a serial (e.g. `200001`). */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  /** A CareLevel value. */
  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'varchar', length: 64 })
  kind: string;

  /** INE code of the municipality. */
  @Column({ name: 'territory_code', type: 'varchar', length: 6 })
  territoryCode: string;

  /** First two digits of territoryCode: filters by department without LIKE. */
  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode: string;
}
