import { createPublicKey, createPrivateKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK } from 'jose';

/** Environment variables cannot hold newlines everywhere: accept `\n` escapes too. */
export function normalizePem(pem: string): string {
  return pem.replace(/\\n/g, '\n').trim();
}

/** Splits a string holding one or more PEM blocks (key rotation) into blocks. */
export function splitPemBlocks(pems: string): string[] {
  const blocks = normalizePem(pems).match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g);
  if (!blocks || blocks.length === 0) throw new Error('no PEM key found');
  return blocks;
}

/** Returns the Ed25519 private key object of a PKCS#8 PEM; throws on any other key. */
export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(normalizePem(pem));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('context token key must be Ed25519');
  return key;
}

/** Returns the Ed25519 public key object of an SPKI PEM; throws on any other key. */
export function readPublicKey(pem: string): KeyObject {
  const key = createPublicKey(normalizePem(pem));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('context token key must be Ed25519');
  return key;
}

/** Returns the key id used in token headers: the RFC 7638 thumbprint of the public key. */
export async function keyIdOf(publicKey: KeyObject): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}
