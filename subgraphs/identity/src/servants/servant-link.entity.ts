import { Entity, PrimaryColumn } from 'typeorm';

/** Table `servant_link`: a citizen serving a PublicEntity with one entity role. */
@Entity({ name: 'servant_link' })
export class ServantLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  ci: string;

  @PrimaryColumn({ name: 'entity_code', type: 'varchar', length: 40 })
  entityCode: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  role: string;
}
