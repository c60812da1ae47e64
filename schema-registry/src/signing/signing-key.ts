import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** The registry's supergraph-signing key pair. */
export interface SigningKey {
  privateKey: KeyObject;
  /** SPKI PEM, what gateways are configured with. */
  publicKeyPem: string;
  /** True when the key was generated at start (development and test without REGISTRY_SIGNING_KEY). */
  generated: boolean;
}

/** Returns the Ed25519 private key of a PKCS#8 PEM (literal `\n` accepted), or null when it is not one. */
export function parseSigningKeyPem(pem: string): KeyObject | null {
  try {
    const key = createPrivateKey(pem.replace(/\\n/g, '\n'));
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** Returns the key of REGISTRY_SIGNING_KEY, or a fresh one when it is unset (config forbids that in production). */
export function createSigningKey(pem: string | undefined): SigningKey {
  if (pem === undefined) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), generated: true };
  }
  const privateKey = parseSigningKeyPem(pem);
  // loadRegistryConfig already refused a bad key; reaching here with one is a bug.
  if (!privateKey) throw new Error('REGISTRY_SIGNING_KEY is not an Ed25519 PKCS#8 PEM');
  return { privateKey, publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(), generated: false };
}
