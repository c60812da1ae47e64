/** Variants of the supergraph the registry serves (protocol §6). */
export const SUPERGRAPH_VARIANTS = ['main', 'public'] as const;

/** One supergraph variant: `main` (everything) or `public` (the contract for anonymous gateways). */
export type SupergraphVariant = (typeof SUPERGRAPH_VARIANTS)[number];

/** One immutable supergraph as the registry signs and serves it, and as the cache file keeps it (protocol §5). */
export interface SignedSupergraph {
  /** Decimal version id; higher is newer (rollbacks make new ids). */
  id: string;
  variant: string;
  sdl: string;
  /** ISO-8601 time the registry composed it. */
  createdAt: string;
  /** Hex SHA-256 of `sdl`, as claimed by the registry. */
  sha256: string;
  /** Base64url Ed25519 signature of supergraphSigningInput(). */
  signature: string;
}

/** Prefix of the signed string: a signature made for anything else never verifies here. */
export const SUPERGRAPH_SIGNATURE_CONTEXT = 'egob-supergraph-v1';

const ID_PATTERN = /^[0-9]{1,30}$/;

/** Returns the exact string the registry signs for `supergraph`. */
export function supergraphSigningInput(supergraph: Omit<SignedSupergraph, 'sdl' | 'signature'>): string {
  const { variant, id, createdAt, sha256 } = supergraph;
  return `${SUPERGRAPH_SIGNATURE_CONTEXT}\n${variant}\n${id}\n${createdAt}\n${sha256}`;
}

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
