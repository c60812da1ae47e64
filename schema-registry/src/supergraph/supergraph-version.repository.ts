import type { EntityManager } from 'typeorm';
import { SupergraphVersionEntity } from './supergraph-version.entity';

/** The columns of a new supergraph version. */
export type NewSupergraphVersion = Omit<SupergraphVersionEntity, 'id'>;

/** Data access for `registry_supergraph_version`: rows are inserted and read, never changed. */
export class SupergraphVersionRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Inserts an immutable supergraph version and returns it with its id. */
  async insert(values: NewSupergraphVersion): Promise<SupergraphVersionEntity> {
    const result = await this.manager.insert(SupergraphVersionEntity, values);
    const id = Number(result.identifiers[0]!.id);
    return { ...values, id };
  }

  /** Returns the id of the current (newest) supergraph of a variant, or null before the first publish. */
  async findCurrentId(variant: string): Promise<number | null> {
    const row = await this.manager
      .createQueryBuilder(SupergraphVersionEntity, 'g')
      .select('g.id', 'id')
      .where('g.variant = :variant', { variant })
      .orderBy('g.id', 'DESC')
      .limit(1)
      .getRawOne<{ id: number | string }>();
    return row ? Number(row.id) : null;
  }

  /** Returns the supergraph version of that id, or null. */
  findById(id: number): Promise<SupergraphVersionEntity | null> {
    return this.manager.findOne(SupergraphVersionEntity, { where: { id } });
  }
}
