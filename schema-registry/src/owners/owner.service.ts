import type { DataSource, EntityManager } from 'typeorm';
import { messages } from '../messages';
import { OWNER_CODE } from '../publish/publish-request';
import type { OwnerEntity } from './owner.entity';
import { OwnerRepository } from './owner.repository';

/** An owner as the API shows it. */
export interface OwnerView {
  code: string;
  name: string;
  /** ISO-8601 UTC. */
  createdAt: string;
}

/** The registered owner, or why not (INVALID_REQUEST, OWNER_EXISTS). */
export type RegisterOwnerResult =
  | { ok: true; owner: OwnerView }
  | { ok: false; error: { code: 'INVALID_REQUEST' | 'OWNER_EXISTS'; message: string } };

/** Registers and lists the PublicEntities that own subgraphs. */
export class OwnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** Registers `{ code, name }` from a request body. */
  async register(body: unknown): Promise<RegisterOwnerResult> {
    const { code, name } = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    const problems: string[] = [];
    if (typeof code !== 'string' || !OWNER_CODE.test(code)) problems.push(`code: ${messages.fieldOwner}`);
    if (typeof name !== 'string' || name.trim() === '' || name.length > 200) problems.push(`name: ${messages.fieldOwnerName}`);
    if (problems.length > 0) return { ok: false, error: { code: 'INVALID_REQUEST', message: messages.invalidRequest(problems) } };
    const repository = new OwnerRepository(this.dataSource.manager);
    if (await repository.findByCode(code as string)) {
      return { ok: false, error: { code: 'OWNER_EXISTS', message: messages.ownerExists(code as string) } };
    }
    const owner: OwnerEntity = { code: code as string, name: (name as string).trim(), createdAt: this.now() };
    await repository.insert(owner);
    return { ok: true, owner: toOwnerView(owner) };
  }

  /** Returns every owner, sorted by code. */
  async list(): Promise<OwnerView[]> {
    return (await new OwnerRepository(this.dataSource.manager).list()).map(toOwnerView);
  }

  /** Returns true when `code` is a registered owner. */
  async isRegistered(code: string): Promise<boolean> {
    return (await new OwnerRepository(this.dataSource.manager).findByCode(code)) !== null;
  }
}

/** Registers `code` (named after itself) unless it exists: open mode's first publish of an owner. */
export async function ensureOwner(manager: EntityManager, code: string, now: Date): Promise<void> {
  const repository = new OwnerRepository(manager);
  if (!(await repository.findByCode(code))) await repository.insert({ code, name: code, createdAt: now });
}

/** Returns the API view of an owner row. */
export function toOwnerView(owner: OwnerEntity): OwnerView {
  return { code: owner.code, name: owner.name, createdAt: owner.createdAt.toISOString() };
}
