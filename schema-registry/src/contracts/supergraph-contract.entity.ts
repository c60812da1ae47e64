import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One contract variant (e.g. `public`) derived from a main supergraph (table
 * `registry_supergraph_contract`). It shares the id of the main supergraph it was
 * derived from, so every variant's ids are one increasing sequence.
 */
@Entity({ name: 'registry_supergraph_contract' })
export class SupergraphContractEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  variant: string;

  @PrimaryColumn({ name: 'supergraph_id', type: 'integer' })
  supergraphId: number;

  @Column({ type: 'text' })
  sdl: string;

  @Column({ name: 'sdl_sha256', type: 'varchar', length: 64 })
  sdlSha256: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
