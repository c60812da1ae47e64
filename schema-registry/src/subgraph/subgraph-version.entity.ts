import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One accepted, immutable version of a subgraph (table `registry_subgraph_version`). */
@Entity({ name: 'registry_subgraph_version' })
export class SubgraphVersionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'subgraph_name', type: 'varchar', length: 64 })
  subgraphName: string;

  /** Free label chosen by the publisher (package version, git sha…). */
  @Column({ name: 'version_label', type: 'varchar', length: 64 })
  versionLabel: string;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'text' })
  sdl: string;

  /** Hex SHA-256 of `sdl`: republishing the same SDL is detected without reading it. */
  @Column({ name: 'sdl_sha256', type: 'varchar', length: 64 })
  sdlSha256: string;

  @Column({ name: 'owner_code', type: 'varchar', length: 32 })
  ownerCode: string;

  /** Who published: the publish key's id, `dev` in open mode; null for versions older than keys. */
  @Column({ name: 'published_by', type: 'varchar', length: 64, nullable: true })
  publishedBy: string | null;

  /** The reason given when the publish was forced past BREAKING_CHANGE_IN_USE or LINT_FAILED, else null. */
  @Column({ name: 'forced_reason', type: 'varchar', length: 500, nullable: true })
  forcedReason: string | null;

  /** JSON array of the checks' SchemaChange list against the previous version (null for versions older than checks). */
  @Column({ type: 'text', nullable: true })
  changes: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
