import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../auth/epoch-millis.column';

/** Table `refresh_token`: rotating refresh tokens, grouped in families (only their hash is stored). */
@Entity({ name: 'refresh_token' })
export class RefreshTokenEntity {
  /** SHA-256 of the token, hex. */
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Index('idx_refresh_token_family')
  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  @Column({ name: 'client_id', type: 'varchar', length: 60 })
  clientId: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  @Column({ type: 'varchar', length: 40 })
  amr: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  scope: string;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMillis })
  expiresAt: number;

  @Column({ name: 'revoked_at', type: 'bigint', nullable: true, transformer: epochMillis })
  revokedAt: number | null;
}
