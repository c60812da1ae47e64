import type { KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SupergraphContractRepository } from '../contracts/supergraph-contract.repository';
import { signSupergraph, type SignedSupergraph } from '../signing/supergraph-signature';
import { SupergraphVersionRepository } from '../supergraph/supergraph-version.repository';

/** The variants gateways may ask for. */
export const SUPERGRAPH_VARIANTS = ['main', 'public'] as const;

/** One of SUPERGRAPH_VARIANTS. */
export type SupergraphVariant = (typeof SUPERGRAPH_VARIANTS)[number];

/** Returns true when `value` names a served variant. */
export function isSupergraphVariant(value: unknown): value is SupergraphVariant {
  return typeof value === 'string' && (SUPERGRAPH_VARIANTS as readonly string[]).includes(value);
}

/** A signed supergraph ready to serve, with its entity tag (unquoted). */
export interface DeliveredSupergraph {
  signed: SignedSupergraph;
  /** `<id>.<first 16 hex of sha256>`: a rebuilt database's id 1 is not the old id 1. */
  etag: string;
}

/**
 * The current signed supergraph of each variant. A poll costs one indexed query for
 * the newest id; the SDL is read, hashed and signed only when that id changes.
 */
export class SupergraphDelivery {
  private readonly cache = new Map<string, DeliveredSupergraph>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly privateKey: KeyObject,
  ) {}

  /** Returns the id of the current supergraph of `variant`, or null when it has none. */
  findCurrentId(variant: SupergraphVariant): Promise<number | null> {
    const manager = this.dataSource.manager;
    return variant === 'main'
      ? new SupergraphVersionRepository(manager).findCurrentId('main')
      : new SupergraphContractRepository(manager).findCurrentId(variant);
  }

  /** Returns the current signed supergraph of `variant`, or null when it has none. */
  async findCurrent(variant: SupergraphVariant): Promise<DeliveredSupergraph | null> {
    const id = await this.findCurrentId(variant);
    if (id === null) return null;
    const cached = this.cache.get(variant);
    if (cached?.signed.id === String(id)) return cached;
    const row = await this.read(variant, id);
    if (!row) throw new Error(`supergraph ${variant} ${id} vanished between two reads`);
    const signed = signSupergraph({ id: String(id), variant, sdl: row.sdl, createdAt: row.createdAt.toISOString() }, this.privateKey);
    const delivered = { signed, etag: `${signed.id}.${signed.sha256.slice(0, 16)}` };
    this.cache.set(variant, delivered);
    return delivered;
  }

  private async read(variant: SupergraphVariant, id: number): Promise<{ sdl: string; createdAt: Date } | null> {
    const manager = this.dataSource.manager;
    return variant === 'main'
      ? new SupergraphVersionRepository(manager).findById(id)
      : new SupergraphContractRepository(manager).find(variant, id);
  }
}
