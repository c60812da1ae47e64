import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One composed, immutable supergraph (table `registry_supergraph_version`); the newest of a variant is current. */
@Entity({ name: 'registry_supergraph_version' })
export class SupergraphVersionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** `main` for the full graph; contract variants (e.g. `public`) get their own rows. */
  @Column({ type: 'varchar', length: 32 })
  variant: string;

  @Column({ type: 'text' })
  sdl: string;

  @Column({ name: 'sdl_sha256', type: 'varchar', length: 64 })
  sdlSha256: string;

  /** Why it was made: `publish` or `rollback`. */
  @Column({ type: 'varchar', length: 32 })
  cause: string;

  /** The subgraph version whose publish made it, when cause is `publish`. */
  @Column({ name: 'cause_subgraph_version_id', type: 'integer', nullable: true })
  causeSubgraphVersionId: number | null;

  /** JSON array of the subgraph version ids composed into it, in subgraph-name order. */
  @Column({ name: 'member_version_ids', type: 'text' })
  memberVersionIds: string;

  /** Who made it (a publish key's id once keys exist); null for the shared token. */
  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true })
  createdBy: string | null;

  /** The reason of a rollback (cause `rollback`), else null. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason?: string | null;

  /** The id of the supergraph a rollback restored (cause `rollback`), else null. */
  @Column({ name: 'rolled_back_to', type: 'integer', nullable: true })
  rolledBackTo?: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
