import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `territory`: Bolivia's departments, provinces and municipal-level units by INE code. */
@Entity('territory')
export class TerritoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 128 })
  name: string;

  /** `department`, `province` or `municipality` (TerritoryLevel). */
  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Index('idx_territory_parent_code')
  @Column({ name: 'parent_code', type: 'varchar', length: 4, nullable: true })
  parentCode: string | null;

  @Index('idx_territory_department_code')
  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode: string;

  @Column({ name: 'is_indigenous_autonomy', type: 'boolean', default: false })
  isIndigenousAutonomy: boolean;
}
