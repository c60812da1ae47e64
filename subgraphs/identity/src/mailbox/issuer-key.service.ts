import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { openSecret, sealSecret } from '../auth/key-sealing';
import { IssuerKeyEntity } from './issuer-key.entity';

/** An entity's key as the signer uses it. */
export interface IssuerSigningKey {
  keyId: string;
  privateKey: KeyObject;
}

/** An entity's public key as verifiers use it. */
export interface IssuerPublicKeyRecord {
  keyId: string;
  entity: string;
  publicKeyPem: string;
  publicKey: KeyObject;
  createdAt: string;
}

/** Keeps one Ed25519 key pair per issuing entity, made on first use; private keys sealed at rest (AES-256-GCM). */
export class IssuerKeyService {
  private readonly keys: Repository<IssuerKeyEntity>;
  private readonly signing = new Map<string, Promise<IssuerSigningKey>>();

  constructor(
    dataSource: DataSource,
    private readonly encryptionKey: Buffer,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.keys = dataSource.getRepository(IssuerKeyEntity);
  }

  /** Returns the signing key of `entity`, creating its key pair when it has none. */
  getSigningKey(entity: string): Promise<IssuerSigningKey> {
    let key = this.signing.get(entity);
    if (!key) {
      key = this.loadOrCreate(entity);
      this.signing.set(entity, key);
      // A failed attempt (e.g. the database was down) must not be remembered.
      key.catch(() => this.signing.delete(entity));
    }
    return key;
  }

  /** Returns the public key `keyId` names, or null when no entity has it. */
  async findPublicKey(keyId: string): Promise<IssuerPublicKeyRecord | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(keyId)) return null;
    const row = await this.keys.findOne({ where: { keyId } });
    return row ? toPublicKeyRecord(row) : null;
  }

  /** Returns every issuing entity's public key, by entity code. */
  async listPublicKeys(): Promise<IssuerPublicKeyRecord[]> {
    const rows = await this.keys.find({ order: { entity: 'ASC' } });
    return rows.map(toPublicKeyRecord);
  }

  private async loadOrCreate(entity: string): Promise<IssuerSigningKey> {
    const existing = await this.keys.findOne({ where: { entity } });
    if (existing) return this.open(existing);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const row: IssuerKeyEntity = {
      keyId: keyIdOf(publicKey),
      entity,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKeySealed: sealSecret(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), this.encryptionKey),
      createdAt: this.clock().toISOString(),
    };
    try {
      await this.keys.insert(row);
      return { keyId: row.keyId, privateKey };
    } catch (error) {
      // Another process made this entity's key at the same moment (unique entity): use that one.
      const winner = await this.keys.findOne({ where: { entity } });
      if (winner) return this.open(winner);
      throw error;
    }
  }

  private open(row: IssuerKeyEntity): IssuerSigningKey {
    return { keyId: row.keyId, privateKey: createPrivateKey(openSecret(row.privateKeySealed, this.encryptionKey)) };
  }
}

/** Returns the key id of a public key: base64url SHA-256 of its SPKI DER. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url');
}

function toPublicKeyRecord(row: IssuerKeyEntity): IssuerPublicKeyRecord {
  return { keyId: row.keyId, entity: row.entity, publicKeyPem: row.publicKeyPem, publicKey: createPublicKey(row.publicKeyPem), createdAt: row.createdAt };
}
