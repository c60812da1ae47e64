import type { EntityManager } from 'typeorm';
import { SubgraphEntity } from './subgraph.entity';

/** Data access for `registry_subgraph`. */
export class SubgraphRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Returns the subgraph of that name, or null. */
  findByName(name: string): Promise<SubgraphEntity | null> {
    return this.manager.findOne(SubgraphEntity, { where: { name } });
  }

  /** Inserts a new subgraph without a current version (set it with `setCurrentVersion`). */
  async insert(name: string, ownerCode: string, now: Date): Promise<void> {
    await this.manager.insert(SubgraphEntity, { name, ownerCode, currentVersionId: null, createdAt: now, updatedAt: now });
  }

  /** Points the subgraph at its new current version and records its owner. */
  async setCurrentVersion(name: string, versionId: number, ownerCode: string, now: Date): Promise<void> {
    await this.manager.update(SubgraphEntity, { name }, { currentVersionId: versionId, ownerCode, updatedAt: now });
  }
}
