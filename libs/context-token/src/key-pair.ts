import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';

/** An Ed25519 key pair as PEM: the gateway keeps the private key, subgraphs the public one. */
export interface ContextKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** Returns a fresh Ed25519 key pair for signing context tokens. */
export async function generateContextKeyPair(): Promise<ContextKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}
