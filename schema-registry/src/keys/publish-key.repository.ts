import type { EntityManager } from 'typeorm';
import { PublishKeyEntity } from './publish-key.entity';

/** Data access for `registry_publish_key`. */
export class PublishKeyRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Inserts a key and returns it with its id. */
  async insert(values: Omit<PublishKeyEntity, 'id'>): Promise<PublishKeyEntity> {
    const result = await this.manager.insert(PublishKeyEntity, values);
    return { ...values, id: Number(result.identifiers[0]!.id) };
  }

  /** Returns the key of that id, or null. */
  findById(id: number): Promise<PublishKeyEntity | null> {
    return this.manager.findOne(PublishKeyEntity, { where: { id } });
  }

  /** Returns every key (revoked ones too), oldest first. */
  list(): Promise<PublishKeyEntity[]> {
    return this.manager.find(PublishKeyEntity, { order: { id: 'ASC' } });
  }

  /** Marks the key revoked at `when`. */
  async revoke(id: number, when: Date): Promise<void> {
    await this.manager.update(PublishKeyEntity, { id }, { revokedAt: when });
  }
}
