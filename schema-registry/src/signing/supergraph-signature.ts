import { createPublicKey, type KeyObject } from 'node:crypto';
import { checkSupergraphSignature, type SignatureProblem, type SignedSupergraph } from '@egob/supergraph-signature';

export {
  sha256Hex,
  signSupergraph,
  supergraphSigningInput as supergraphSigningString,
  type SignedSupergraph,
  type SignatureProblem,
  type UnsignedSupergraph,
} from '@egob/supergraph-signature';

/** Checks a signed supergraph against one public key (KeyObject or SPKI PEM). */
export function verifySupergraph(
  supergraph: SignedSupergraph,
  publicKey: KeyObject | string,
): { ok: true } | { ok: false; error: SignatureProblem } {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const result = checkSupergraphSignature(supergraph, [key]);
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
