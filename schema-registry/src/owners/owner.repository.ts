import type { EntityManager } from 'typeorm';
import { OwnerEntity } from './owner.entity';

/** Data access for `registry_owner`. */
export class OwnerRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Returns the owner of that code, or null. */
  findByCode(code: string): Promise<OwnerEntity | null> {
    return this.manager.findOne(OwnerEntity, { where: { code } });
  }

  /** Returns every owner, sorted by code. */
  list(): Promise<OwnerEntity[]> {
    return this.manager.find(OwnerEntity, { order: { code: 'ASC' } });
  }

  /** Inserts an owner (the caller checked it does not exist). */
  async insert(owner: OwnerEntity): Promise<void> {
    await this.manager.insert(OwnerEntity, owner);
  }
}
