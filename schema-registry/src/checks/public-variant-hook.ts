import type { EntityManager } from 'typeorm';
import type { CompositionErrorItem } from '../registry.types';

/** The public variant of a new main supergraph: valid (with its SDL, null when none) or why not. */
export type PublicVariantOutcome =
  | { ok: true; errors: []; sdl?: string | null }
  | { ok: false; errors: CompositionErrorItem[]; message: string };

/**
 * The seam through which the publish pipeline derives, stores and announces the `public`
 * contract variant (protocol §6); the checks' `publicVariant` is `check()`'s outcome.
 */
export interface PublishPublicVariant {
  /** Derives the variant of a composed main supergraph; a failure refuses the publish (PUBLIC_VARIANT_FAILED). */
  check(mainSdl: string): Promise<PublicVariantOutcome>;
  /** Stores the derived variant inside the publish transaction, under the new main supergraph. */
  store(manager: EntityManager, main: { id: number; createdAt: Date }, outcome: PublicVariantOutcome): Promise<void>;
  /** Runs once the publish transaction committed (e.g. to wake long-polls). */
  committed(outcome: PublicVariantOutcome): void;
}

/** The seam's default until a contract variant is wired in: always valid, stores and announces nothing. */
export const noPublicVariant: PublishPublicVariant = {
  check: async () => ({ ok: true, errors: [] }),
  store: async () => undefined,
  committed: () => undefined,
};
