import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMillis } from './epoch-millis.column';

/** Table `signing_key`: Ed25519 keys that sign access tokens; the private key is encrypted at rest. */
@Entity({ name: 'signing_key' })
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid: string;

  /** Public JWK (JSON). */
  @Column({ name: 'public_jwk', type: 'varchar', length: 1000 })
  publicJwk: string;

  /** PKCS#8 PEM sealed with AES-256-GCM: `iv.tag.ciphertext`, base64 parts. */
  @Column({ name: 'private_key', type: 'varchar', length: 2000 })
  privateKey: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: number;

  /** Set when a newer key replaced this one: it stays in the JWKS until then, and never signs again. */
  @Column({ name: 'retires_at', type: 'bigint', nullable: true, transformer: epochMillis })
  retiresAt: number | null;
}
