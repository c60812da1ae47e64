import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** A supergraph as the registry serves it: the signed object of protocol §5. */
export interface SignedSupergraph {
  id: string;
  variant: string;
  sdl: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  /** Hex SHA-256 of `sdl`. */
  sha256: string;
  /** Base64url Ed25519 signature of `supergraphSigningString(…)`. */
  signature: string;
}

/** What is signed, before signing. */
export type UnsignedSupergraph = Pick<SignedSupergraph, 'id' | 'variant' | 'sdl' | 'createdAt'>;

/** Why a signed supergraph was refused. */
export type SignatureProblem = 'SHA256_MISMATCH' | 'BAD_SIGNATURE';

/** Returns the hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Returns the exact string that is signed: `egob-supergraph-v1\n<variant>\n<id>\n<createdAt>\n<sha256>`. */
export function supergraphSigningString(supergraph: Pick<SignedSupergraph, 'id' | 'variant' | 'createdAt' | 'sha256'>): string {
  return `egob-supergraph-v1\n${supergraph.variant}\n${supergraph.id}\n${supergraph.createdAt}\n${supergraph.sha256}`;
}

/** Returns the supergraph with its `sha256` and Ed25519 `signature` (base64url) made with `privateKey`. */
export function signSupergraph(supergraph: UnsignedSupergraph, privateKey: KeyObject): SignedSupergraph {
  const sha256 = sha256Hex(supergraph.sdl);
  const signature = sign(null, Buffer.from(supergraphSigningString({ ...supergraph, sha256 }), 'utf8'), privateKey).toString('base64url');
  return { id: supergraph.id, variant: supergraph.variant, sdl: supergraph.sdl, createdAt: supergraph.createdAt, sha256, signature };
}

/**
 * Checks a signed supergraph against a public key (KeyObject or SPKI PEM): `sha256`
 * must be the SDL's hash and `signature` a valid Ed25519 signature of the signing string.
 */
export function verifySupergraph(
  supergraph: SignedSupergraph,
  publicKey: KeyObject | string,
): { ok: true } | { ok: false; error: SignatureProblem } {
  if (sha256Hex(supergraph.sdl) !== supergraph.sha256) return { ok: false, error: 'SHA256_MISMATCH' };
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  // Strict, canonical base64url: Buffer.from skips foreign characters and ignores the last character's spare bits.
  const signature = /^[A-Za-z0-9_-]{86}$/.test(supergraph.signature) ? Buffer.from(supergraph.signature, 'base64url') : null;
  if (!signature || signature.toString('base64url') !== supergraph.signature) return { ok: false, error: 'BAD_SIGNATURE' };
  const valid = verify(null, Buffer.from(supergraphSigningString(supergraph), 'utf8'), key, signature);
  return valid ? { ok: true } : { ok: false, error: 'BAD_SIGNATURE' };
}
