import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One registered subgraph (table `registry_subgraph`): its name, owner and current version. */
@Entity({ name: 'registry_subgraph' })
export class SubgraphEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  /** Code of the PublicEntity that owns the subgraph (e.g. AGETIC). */
  @Column({ name: 'owner_code', type: 'varchar', length: 32 })
  ownerCode: string;

  /** The accepted version that is part of the current supergraph; null only inside the first publish. */
  @Column({ name: 'current_version_id', type: 'integer', nullable: true })
  currentVersionId: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
