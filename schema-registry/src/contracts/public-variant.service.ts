import type { EntityManager } from 'typeorm';
import type { PublicVariantOutcome, PublishPublicVariant } from '../checks/public-variant-hook';
import type { SupergraphWaiters } from '../longpoll/supergraph-waiters';
import { messages } from '../messages';
import { sha256Hex } from '../signing/supergraph-signature';
import { CONTRACT_EMPTY, deriveContract } from './derive-contract';
import { SupergraphContractRepository } from './supergraph-contract.repository';

/** The contract variant every publish derives. */
export const PUBLIC_VARIANT = 'public';

/** Derives, stores and announces the `public` variant of every new main supergraph (the publish pipeline's seam). */
export class PublicVariantService implements PublishPublicVariant {
  constructor(private readonly waiters: SupergraphWaiters) {}

  /**
   * Derives the variant. A graph with no public `Query` field has no public variant: that
   * passes and stores nothing, so public gateways keep the last public supergraph.
   */
  async check(mainSdl: string): Promise<PublicVariantOutcome> {
    const result = deriveContract(mainSdl, PUBLIC_VARIANT);
    if (result.ok) return { ok: true, errors: [], sdl: result.sdl };
    if (result.errors.length === 1 && result.errors[0]!.code === CONTRACT_EMPTY) return { ok: true, errors: [], sdl: null };
    return { ok: false, errors: result.errors, message: messages.publicVariantFailed(result.errors.length) };
  }

  /** Inserts the variant row (nothing when there is no public graph yet). */
  async store(manager: EntityManager, main: { id: number; createdAt: Date }, check: PublicVariantOutcome): Promise<void> {
    if (!check.ok) throw new Error('a refused public variant cannot be stored');
    if (check.sdl === null || check.sdl === undefined) return;
    await new SupergraphContractRepository(manager).insert({
      variant: PUBLIC_VARIANT,
      supergraphId: main.id,
      sdl: check.sdl,
      sdlSha256: sha256Hex(check.sdl),
      createdAt: main.createdAt,
    });
  }

  /** Releases the held polls of the variants that have a new supergraph. */
  committed(check: PublicVariantOutcome): void {
    this.waiters.notify('main');
    if (check.ok && typeof check.sdl === 'string') this.waiters.notify(PUBLIC_VARIANT);
  }
}
