import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `public_entity`: the catalogue of public entities by code. */
@Entity('public_entity')
@Index('idx_public_entity_level_code', ['level', 'code'])
export class PublicEntityEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  acronym: string | null;

  /** PublicEntityLevel value (`central`, `departmental`, …). */
  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Index('idx_public_entity_territory_code')
  @Column({ name: 'territory_code', type: 'varchar', length: 6 })
  territoryCode: string;

  /** Name and acronym normalized by normalizeSearchText (lower case, no accents). */
  @Column({ name: 'search_text', type: 'varchar', length: 320 })
  searchText: string;
}
