import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A PublicEntity registered as a subgraph owner (table `registry_owner`). */
@Entity({ name: 'registry_owner' })
export class OwnerEntity {
  /** The PublicEntity code, `[A-Z0-9-]{2,32}` (e.g. AGETIC). */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
