import type { EntityManager } from 'typeorm';
import { SupergraphContractEntity } from './supergraph-contract.entity';

/** Data access for `registry_supergraph_contract`: rows are inserted and read, never changed. */
export class SupergraphContractRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Inserts a derived variant. */
  async insert(values: SupergraphContractEntity): Promise<void> {
    await this.manager.insert(SupergraphContractEntity, values);
  }

  /** Returns the id of the newest supergraph of a contract variant, or null when it has none. */
  async findCurrentId(variant: string): Promise<number | null> {
    const row = await this.manager
      .createQueryBuilder(SupergraphContractEntity, 'c')
      .select('c.supergraphId', 'id')
      .where('c.variant = :variant', { variant })
      .orderBy('c.supergraphId', 'DESC')
      .limit(1)
      .getRawOne<{ id: number | string }>();
    return row ? Number(row.id) : null;
  }

  /** Returns the variant derived from that main supergraph, or null. */
  find(variant: string, supergraphId: number): Promise<SupergraphContractEntity | null> {
    return this.manager.findOne(SupergraphContractEntity, { where: { variant, supergraphId } });
  }
}
