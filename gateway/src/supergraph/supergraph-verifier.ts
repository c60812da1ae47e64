import type { KeyObject } from 'node:crypto';
import { checkSupergraphSignature } from '@egob/supergraph-signature';
import type { SignedSupergraph } from './signed-supergraph';
import { readSigningPublicKeys } from './signing-public-keys';

/** Why a supergraph was refused. */
export type SupergraphRefusalCode = 'WRONG_VARIANT' | 'SHA256_MISMATCH' | 'BAD_SIGNATURE' | 'REPLAYED';

/** Outcome of verifying one supergraph: accepted, or refused with a code and a one-line reason. */
export type SupergraphVerification = { ok: true } | { ok: false; code: SupergraphRefusalCode; reason: string };

/** Options of createSupergraphVerifier. */
export interface SupergraphVerifierOptions {
  /** One or more SPKI PEM blocks: a supergraph signed by any of them is accepted. */
  publicKeysPem: string;
  /** The only variant this gateway serves. */
  variant: string;
}

/** Checks that a supergraph is the one the registry signed, for this gateway, and not older than the one served. */
export interface SupergraphVerifier {
  /** Returns whether `supergraph` may be served instead of the one whose id is `servingId` (null: nothing served yet). */
  verify(supergraph: SignedSupergraph, servingId: string | null): SupergraphVerification;
}

/** Returns a verifier of the registry's signed supergraphs (protocol §5); throws when a key cannot be read. */
export function createSupergraphVerifier(options: SupergraphVerifierOptions): SupergraphVerifier {
  const keys: KeyObject[] = readSigningPublicKeys(options.publicKeysPem);
  return {
    verify(supergraph, servingId) {
      if (supergraph.variant !== options.variant) {
        return refuse('WRONG_VARIANT', `variant "${supergraph.variant}" is not the configured "${options.variant}"`);
      }
      const signed = checkSupergraphSignature(supergraph, keys);
      if (!signed.ok) return refuse(signed.error, signed.reason);
      if (servingId !== null && isLower(supergraph.id, servingId)) {
        return refuse('REPLAYED', `id ${supergraph.id} is older than the supergraph served (${servingId})`);
      }
      return { ok: true };
    },
  };
}

function refuse(code: SupergraphRefusalCode, reason: string): SupergraphVerification {
  return { ok: false, code, reason };
}

/** Compares decimal ids of any length (they may outgrow Number). */
function isLower(id: string, than: string): boolean {
  return BigInt(id) < BigInt(than);
}
