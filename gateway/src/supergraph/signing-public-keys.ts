import { createPublicKey, type KeyObject } from 'node:crypto';

const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g;

/**
 * Returns the Ed25519 public keys held by one or more SPKI PEM blocks (more than one
 * while the registry's key is rotated); `\n` escapes are accepted. Throws a one-line
 * error when there is no block or a block is not an Ed25519 public key.
 */
export function readSigningPublicKeys(pems: string): KeyObject[] {
  const blocks = normalizePemList(pems).match(PEM_BLOCK);
  if (!blocks) throw new Error('no PEM block found');
  return blocks.map((block, index) => {
    // createPublicKey would also derive a public key from a private one: that secret does not belong here.
    if (!block.startsWith('-----BEGIN PUBLIC KEY-----')) throw new Error(`PEM block ${index + 1} is not an SPKI public key`);
    let key: KeyObject;
    try {
      key = createPublicKey(block);
    } catch {
      throw new Error(`PEM block ${index + 1} is not a public key`);
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`PEM block ${index + 1} is not an Ed25519 key`);
    return key;
  });
}

/** Returns `pems` with `\n` escapes turned into newlines (environment files rarely keep newlines). */
export function normalizePemList(pems: string): string {
  return pems.replace(/\\n/g, '\n').trim();
}
