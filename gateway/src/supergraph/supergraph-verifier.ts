import { createHash, verify, type KeyObject } from 'node:crypto';
import { supergraphSigningInput, type SignedSupergraph } from './signed-supergraph';
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

const SHA256_HEX = /^[0-9a-f]{64}$/;
// An Ed25519 signature is 64 bytes: 86 base64url characters without padding.
const SIGNATURE_BASE64URL = /^[A-Za-z0-9_-]{86}$/;

/** Returns a verifier of the registry's signed supergraphs (protocol §5); throws when a key cannot be read. */
export function createSupergraphVerifier(options: SupergraphVerifierOptions): SupergraphVerifier {
  const keys: KeyObject[] = readSigningPublicKeys(options.publicKeysPem);
  return {
    verify(supergraph, servingId) {
      if (supergraph.variant !== options.variant) {
        return refuse('WRONG_VARIANT', `variant "${supergraph.variant}" is not the configured "${options.variant}"`);
      }
      const actual = createHash('sha256').update(supergraph.sdl, 'utf8').digest('hex');
      if (!SHA256_HEX.test(supergraph.sha256) || supergraph.sha256 !== actual) {
        return refuse('SHA256_MISMATCH', `sha256 ${JSON.stringify(supergraph.sha256.slice(0, 64))} does not match the sdl (${actual})`);
      }
      const signature = Buffer.from(supergraph.signature, 'base64url');
      // Re-encoding catches the non-canonical last character Buffer.from would silently accept.
      if (!SIGNATURE_BASE64URL.test(supergraph.signature) || signature.toString('base64url') !== supergraph.signature) {
        return refuse('BAD_SIGNATURE', 'signature is not 64 bytes of base64url');
      }
      const message = Buffer.from(supergraphSigningInput(supergraph), 'utf8');
      if (!keys.some((key) => verify(null, message, key, signature))) {
        return refuse('BAD_SIGNATURE', 'signature does not verify with any configured registry key');
      }
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
