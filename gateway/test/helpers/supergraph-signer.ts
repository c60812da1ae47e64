import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { supergraphSigningInput, type SignedSupergraph } from '../../src/supergraph/signed-supergraph';

/** A registry signing key for tests: signs supergraphs the way the registry does (protocol §5). */
export interface SupergraphSigner {
  /** SPKI PEM of the public half: what REGISTRY_SIGNING_PUBLIC_KEYS holds. */
  publicKeyPem: string;
  privateKey: KeyObject;
  /** Returns the supergraph with its sha256 and signature. */
  sign(unsigned: { id: string; sdl: string; createdAt: string; variant?: string }): SignedSupergraph;
}

/** Returns a fresh Ed25519 signer. */
export function createSupergraphSigner(): SupergraphSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    privateKey,
    sign({ id, sdl, createdAt, variant = 'main' }) {
      const sha256 = createHash('sha256').update(sdl, 'utf8').digest('hex');
      const input = supergraphSigningInput({ id, variant, createdAt, sha256 });
      const signature = sign(null, Buffer.from(input, 'utf8'), privateKey).toString('base64url');
      return { id, variant, sdl, createdAt, sha256, signature };
    },
  };
}

/** Returns the ETag the registry gives `supergraph`: `"<id>.<first 16 hex of sha256>"`. */
export function etagOf(supergraph: Pick<SignedSupergraph, 'id' | 'sha256'>): string {
  return `"${supergraph.id}.${supergraph.sha256.slice(0, 16)}"`;
}
