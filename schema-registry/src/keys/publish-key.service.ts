import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { messages } from '../messages';
import { OwnerRepository } from '../owners/owner.repository';
import type { PublishKeyEntity } from './publish-key.entity';
import { PublishKeyRepository } from './publish-key.repository';

/** What a publish key looks like: `egob_pk_<id>_<43 chars of base64url secret>`. */
export const PUBLISH_KEY = /^egob_pk_([1-9][0-9]{0,15})_([A-Za-z0-9_-]{43})$/;

/** A publish key as listings show it (never its secret). */
export interface PublishKeyView {
  id: string;
  owner: string;
  description: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  /** ISO-8601 UTC, or null while the key is valid. */
  revokedAt: string | null;
}

/** A new key: the only answer that carries the whole key. */
export interface CreatedPublishKey {
  id: string;
  owner: string;
  description: string;
  createdAt: string;
  key: string;
}

/** The created key, or why not. */
export type CreateKeyResult =
  | { ok: true; key: CreatedPublishKey }
  | { ok: false; error: { code: 'INVALID_REQUEST' | 'UNKNOWN_OWNER'; message: string } };

/** Who a presented key belongs to, or why it authenticates nobody (garbled, unknown, wrong secret, revoked). */
export type VerifiedKey = { ok: true; keyId: string; owner: string } | { ok: false; message: string };

/** Creates, lists, revokes and verifies publish keys; only SHA-256 digests of secrets are stored. */
export class PublishKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** Creates a key for `{ owner, description }` from a request body; the secret is returned once. */
  async create(body: unknown): Promise<CreateKeyResult> {
    const { owner, description } = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    const problems: string[] = [];
    if (typeof owner !== 'string' || owner === '') problems.push(`owner: ${messages.fieldOwner}`);
    if (typeof description !== 'string' || description.trim() === '' || description.length > 200) {
      problems.push(`description: ${messages.fieldKeyDescription}`);
    }
    if (problems.length > 0) return { ok: false, error: { code: 'INVALID_REQUEST', message: messages.invalidRequest(problems) } };
    if (!(await new OwnerRepository(this.dataSource.manager).findByCode(owner as string))) {
      return { ok: false, error: { code: 'UNKNOWN_OWNER', message: messages.unknownOwner(owner as string) } };
    }
    // 256 random bits: a fast hash is enough, nobody can brute-force the preimage.
    const secret = randomBytes(32).toString('base64url');
    const row = await new PublishKeyRepository(this.dataSource.manager).insert({
      ownerCode: owner as string,
      description: (description as string).trim(),
      secretSha256: sha256(secret),
      createdAt: this.now(),
      revokedAt: null,
    });
    const view = toKeyView(row);
    return { ok: true, key: { id: view.id, owner: view.owner, description: view.description, createdAt: view.createdAt, key: `egob_pk_${row.id}_${secret}` } };
  }

  /** Returns every key without secrets, oldest first. */
  async list(): Promise<PublishKeyView[]> {
    return (await new PublishKeyRepository(this.dataSource.manager).list()).map(toKeyView);
  }

  /** Revokes the key of that id (revoking twice keeps the first time); null when there is no such key. */
  async revoke(id: string): Promise<PublishKeyView | null> {
    if (!/^[1-9][0-9]{0,15}$/.test(id)) return null;
    const repository = new PublishKeyRepository(this.dataSource.manager);
    const row = await repository.findById(Number(id));
    if (!row) return null;
    if (row.revokedAt === null) {
      row.revokedAt = this.now();
      await repository.revoke(row.id, row.revokedAt);
    }
    return toKeyView(row);
  }

  /** Checks a presented key: its secret's digest is compared in constant time. */
  async verify(presented: string): Promise<VerifiedKey> {
    const match = PUBLISH_KEY.exec(presented);
    if (!match) return { ok: false, message: messages.unauthenticated };
    const row = await new PublishKeyRepository(this.dataSource.manager).findById(Number(match[1]));
    // An unknown id still costs a digest and a comparison, like a wrong secret.
    const expected = Buffer.from(row?.secretSha256 ?? '0'.repeat(64), 'hex');
    const matches = timingSafeEqual(Buffer.from(sha256(match[2]!), 'hex'), expected);
    if (!row || !matches) return { ok: false, message: messages.unauthenticated };
    if (row.revokedAt !== null) return { ok: false, message: messages.keyRevoked(String(row.id)) };
    return { ok: true, keyId: String(row.id), owner: row.ownerCode };
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function toKeyView(row: PublishKeyEntity): PublishKeyView {
  return {
    id: String(row.id),
    owner: row.ownerCode,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
  };
}
