import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A publish key of one owner (table `registry_publish_key`); only the SHA-256 of its secret is kept. */
@Entity({ name: 'registry_publish_key' })
export class PublishKeyEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'owner_code', type: 'varchar', length: 32 })
  ownerCode: string;

  @Column({ type: 'varchar', length: 200 })
  description: string;

  /** Hex SHA-256 of the secret part of the key. */
  @Column({ name: 'secret_sha256', type: 'varchar', length: 64 })
  secretSha256: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  /** When the admin revoked it; a revoked key authenticates nobody. */
  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
