import { createPrivateKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { exportJWK, type JWK } from 'jose';
import { IsNull, MoreThan, type DataSource, type Repository } from 'typeorm';
import { openSecret, sealSecret } from './key-sealing';
import { SigningKeyEntity } from './signing-key.entity';
import { TOKEN_LIFETIMES } from './token-lifetimes';

/** The key that signs new tokens. */
export interface ActiveSigningKey {
  kid: string;
  privateKey: KeyObject;
}

/** Keeps the Ed25519 signing keys: the active one, the JWKS, and rotation. */
export class SigningKeyService {
  private readonly keys: Repository<SigningKeyEntity>;
  private readonly opened = new Map<string, KeyObject>();
  private creating: Promise<SigningKeyEntity> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly encryptionKey: Buffer,
  ) {
    this.keys = dataSource.getRepository(SigningKeyEntity);
  }

  /** Returns the active key, creating the first one when there is none. */
  async getActiveKey(): Promise<ActiveSigningKey> {
    const row = (await this.keys.findOne({ where: { retiresAt: IsNull() }, order: { createdAt: 'DESC' } })) ?? (await this.createFirstKey());
    let privateKey = this.opened.get(row.kid);
    if (!privateKey) {
      privateKey = createPrivateKey(openSecret(row.privateKey, this.encryptionKey));
      this.opened.set(row.kid, privateKey);
    }
    return { kid: row.kid, privateKey };
  }

  /** Returns the JWKS: the active key and the replaced ones not yet retired, newest first. */
  async getJwks(now = Date.now()): Promise<{ keys: JWK[] }> {
    await this.getActiveKey();
    const rows = await this.keys.find({ where: [{ retiresAt: IsNull() }, { retiresAt: MoreThan(now) }], order: { createdAt: 'DESC' } });
    return { keys: rows.map((row) => JSON.parse(row.publicJwk) as JWK) };
  }

  /** Makes a new active key; the previous active key stays in the JWKS for TOKEN_LIFETIMES.retiredKey. Returns the new kid. */
  async rotate(now = Date.now()): Promise<{ kid: string; retiredKid: string | null }> {
    const current = await this.getActiveKey();
    const fresh = await this.makeKey(now);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(SigningKeyEntity, { retiresAt: IsNull() }, { retiresAt: now + TOKEN_LIFETIMES.retiredKey * 1000 });
      await manager.insert(SigningKeyEntity, fresh);
    });
    return { kid: fresh.kid, retiredKid: current.kid };
  }

  private createFirstKey(): Promise<SigningKeyEntity> {
    // One first key per process even when several requests arrive together.
    this.creating ??= this.makeKey(Date.now()).then(async (row) => {
      await this.keys.insert(row);
      return row;
    });
    return this.creating;
  }

  private async makeKey(now: number): Promise<SigningKeyEntity> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const kid = `${new Date(now).toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    return { kid, publicJwk: JSON.stringify(jwk), privateKey: sealSecret(pem, this.encryptionKey), createdAt: now, retiresAt: null };
  }
}
