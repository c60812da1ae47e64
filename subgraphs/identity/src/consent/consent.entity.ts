import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Table `consent`: one grant by a citizen to a public entity over a scope of their data. */
@Entity({ name: 'consent' })
@Index('idx_consent_subject', ['ci', 'entity', 'scope'])
export class ConsentEntity {
  /** UUID of the grant. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The citizen who grants. */
  @Column({ type: 'varchar', length: 20 })
  ci: string;

  /** Code of the PublicEntity that may read. */
  @Column({ type: 'varchar', length: 32 })
  entity: string;

  /** `<subgraph>:<area>`, e.g. `education:titles`. */
  @Column({ type: 'varchar', length: 80 })
  scope: string;

  /** UTC instants, ISO-8601 with milliseconds (strings: the same on SQLite and MariaDB). */
  @Column({ name: 'granted_at', type: 'varchar', length: 24 })
  grantedAt: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 24 })
  expiresAt: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 24, nullable: true })
  revokedAt: string | null;
}
