import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../auth/epoch-millis.column';

/** Table `authorization_code`: one-time codes of the authorization-code flow (only their hash is stored). */
@Entity({ name: 'authorization_code' })
export class AuthorizationCodeEntity {
  /** SHA-256 of the code, hex. */
  @PrimaryColumn({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'client_id', type: 'varchar', length: 60 })
  clientId: string;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 500 })
  redirectUri: string;

  /** PKCE S256 challenge. */
  @Column({ name: 'code_challenge', type: 'varchar', length: 128 })
  codeChallenge: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  /** Authentication methods, comma-separated (`pwd` or `pwd,otp`). */
  @Column({ type: 'varchar', length: 40 })
  amr: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  scope: string;

  /** The refresh-token family the exchange starts (revoked if the code is replayed). */
  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMillis })
  expiresAt: number;

  @Column({ name: 'used_at', type: 'bigint', nullable: true, transformer: epochMillis })
  usedAt: number | null;
}
