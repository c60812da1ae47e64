/** Variants of the supergraph the registry serves (protocol §6). */
export const SUPERGRAPH_VARIANTS = ['main', 'public'] as const;

/** One supergraph variant: `main` (everything) or `public` (the contract for anonymous gateways). */
export type SupergraphVariant = (typeof SUPERGRAPH_VARIANTS)[number];

export { SUPERGRAPH_SIGNATURE_CONTEXT, supergraphSigningInput, type SignedSupergraph } from '@egob/supergraph-signature';
import type { SignedSupergraph } from '@egob/supergraph-signature';

const ID_PATTERN = /^[0-9]{1,30}$/;

/**
 * Returns the SignedSupergraph held by an untrusted JSON value (only its six fields),
 * or null when it is not shaped like one. Shape only: the signature is checked by the verifier.
 */
export function parseSignedSupergraph(value: unknown): SignedSupergraph | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, variant, sdl, createdAt, sha256, signature } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
  if (typeof variant !== 'string' || variant === '' || variant.length > 100) return null;
  if (typeof sdl !== 'string' || sdl.trim() === '') return null;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
  if (typeof sha256 !== 'string' || typeof signature !== 'string') return null;
  return { id, variant, sdl, createdAt, sha256, signature };
}
