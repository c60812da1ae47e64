import { createHash, sign, verify, type KeyObject } from 'node:crypto';

/** One immutable supergraph as the registry signs and serves it (docs/registry-protocol.md §5). */
export interface SignedSupergraph {
  /** Decimal version id; higher is newer (rollbacks make new ids). */
  id: string;
  variant: string;
  sdl: string;
  /** ISO-8601 UTC time the registry composed it. */
  createdAt: string;
  /** Hex SHA-256 of `sdl`. */
  sha256: string;
  /** Base64url Ed25519 signature of supergraphSigningInput(). */
  signature: string;
}

/** What is signed, before signing. */
export type UnsignedSupergraph = Pick<SignedSupergraph, 'id' | 'variant' | 'sdl' | 'createdAt'>;

/** Prefix of the signed string: a signature made for anything else never verifies. */
export const SUPERGRAPH_SIGNATURE_CONTEXT = 'egob-supergraph-v1';

const SHA256_HEX = /^[0-9a-f]{64}$/;
// An Ed25519 signature is 64 bytes: 86 base64url characters without padding.
const SIGNATURE_BASE64URL = /^[A-Za-z0-9_-]{86}$/;

/** Returns the hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Returns the exact string that is signed: `egob-supergraph-v1\n<variant>\n<id>\n<createdAt>\n<sha256>`. */
export function supergraphSigningInput(supergraph: Pick<SignedSupergraph, 'id' | 'variant' | 'createdAt' | 'sha256'>): string {
  return `${SUPERGRAPH_SIGNATURE_CONTEXT}\n${supergraph.variant}\n${supergraph.id}\n${supergraph.createdAt}\n${supergraph.sha256}`;
}

/** Returns the supergraph with its `sha256` and Ed25519 `signature` made with `privateKey`. */
export function signSupergraph(supergraph: UnsignedSupergraph, privateKey: KeyObject): SignedSupergraph {
  const sha256 = sha256Hex(supergraph.sdl);
  const signature = sign(null, Buffer.from(supergraphSigningInput({ ...supergraph, sha256 }), 'utf8'), privateKey).toString('base64url');
  return { id: supergraph.id, variant: supergraph.variant, sdl: supergraph.sdl, createdAt: supergraph.createdAt, sha256, signature };
}

/** Why a signed supergraph's content or signature was refused. */
export type SignatureProblem = 'SHA256_MISMATCH' | 'BAD_SIGNATURE';

/**
 * Checks that `sha256` is the SDL's hash and `signature` a canonical Ed25519 signature of
 * the signing input by one of `keys`; returns the problem and a one-line reason otherwise.
 */
export function checkSupergraphSignature(
  supergraph: SignedSupergraph,
  keys: readonly KeyObject[],
): { ok: true } | { ok: false; error: SignatureProblem; reason: string } {
  const actual = sha256Hex(supergraph.sdl);
  if (!SHA256_HEX.test(supergraph.sha256) || supergraph.sha256 !== actual) {
    return { ok: false, error: 'SHA256_MISMATCH', reason: `sha256 ${JSON.stringify(supergraph.sha256.slice(0, 64))} does not match the sdl (${actual})` };
  }
  const signature = Buffer.from(supergraph.signature, 'base64url');
  // Re-encoding catches the non-canonical last character Buffer.from would silently accept.
  if (!SIGNATURE_BASE64URL.test(supergraph.signature) || signature.toString('base64url') !== supergraph.signature) {
    return { ok: false, error: 'BAD_SIGNATURE', reason: 'signature is not 64 bytes of base64url' };
  }
  const message = Buffer.from(supergraphSigningInput(supergraph), 'utf8');
  if (!keys.some((key) => verify(null, message, key, signature))) {
    return { ok: false, error: 'BAD_SIGNATURE', reason: 'signature does not verify with any configured registry key' };
  }
  return { ok: true };
}
