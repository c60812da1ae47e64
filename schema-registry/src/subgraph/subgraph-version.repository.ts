import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { SubgraphEntity } from './subgraph.entity';
import { SubgraphVersionEntity } from './subgraph-version.entity';

/** The columns of a new subgraph version. */
export type NewSubgraphVersion = Omit<SubgraphVersionEntity, 'id'>;

/** A subgraph version without its SDL (listing and idempotency checks need no SDL). */
export type SubgraphVersionHeader = Omit<SubgraphVersionEntity, 'sdl'>;

const headerColumns = [
  'v.id',
  'v.subgraphName',
  'v.versionLabel',
  'v.url',
  'v.sdlSha256',
  'v.ownerCode',
  'v.publishedBy',
  'v.createdAt',
];

/** Data access for `registry_subgraph_version`: rows are inserted and read, never changed. */
export class SubgraphVersionRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Inserts an immutable version and returns it with its id. */
  async insert(values: NewSubgraphVersion): Promise<SubgraphVersionEntity> {
    const result = await this.manager.insert(SubgraphVersionEntity, values);
    const id = Number(result.identifiers[0]!.id);
    return { ...values, id };
  }

  /** Returns the version of that id (with SDL), or null. */
  findById(id: number): Promise<SubgraphVersionEntity | null> {
    return this.manager.findOne(SubgraphVersionEntity, { where: { id } });
  }

  /** Returns the current version of a subgraph with its SDL, or null when it is unknown. */
  findCurrent(name: string): Promise<SubgraphVersionEntity | null> {
    return this.current().andWhere('s.name = :name', { name }).getOne();
  }

  /** Returns the current version of a subgraph without its SDL, or null when it is unknown. */
  findCurrentHeader(name: string): Promise<SubgraphVersionHeader | null> {
    return this.current().select(headerColumns).andWhere('s.name = :name', { name }).getOne();
  }

  /** Returns the current version of every subgraph, with SDL, sorted by name. */
  listCurrent(): Promise<SubgraphVersionEntity[]> {
    return this.current().orderBy('v.subgraphName', 'ASC').getMany();
  }

  /** Returns the current version of every subgraph without SDL, sorted by name. */
  listCurrentHeaders(): Promise<SubgraphVersionHeader[]> {
    return this.current().select(headerColumns).orderBy('v.subgraphName', 'ASC').getMany();
  }

  private current(): SelectQueryBuilder<SubgraphVersionEntity> {
    return this.manager
      .createQueryBuilder(SubgraphVersionEntity, 'v')
      .innerJoin(SubgraphEntity, 's', 's.currentVersionId = v.id');
  }
}
