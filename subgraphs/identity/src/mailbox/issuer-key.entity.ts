import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `issuer_key`: the Ed25519 key pair of each issuing entity (one per entity, made on first use). */
@Entity({ name: 'issuer_key' })
export class IssuerKeyEntity {
  /** base64url SHA-256 of the public key (SPKI DER): the `keyId` of exported documents. */
  @PrimaryColumn({ name: 'key_id', type: 'varchar', length: 64 })
  keyId: string;

  /** Code of the PublicEntity (unique: one key per entity). */
  @Column({ type: 'varchar', length: 32, unique: true })
  entity: string;

  @Column({ name: 'public_key_pem', type: 'varchar', length: 200 })
  publicKeyPem: string;

  /** PKCS#8 PEM sealed with AES-256-GCM under IDENTITY_KEY_ENCRYPTION_KEY. */
  @Column({ name: 'private_key_sealed', type: 'varchar', length: 400 })
  privateKeySealed: string;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;
}
