import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The web app's operations, registered by the SHA-256 (hex) of their text. */
export interface TrustedDocuments {
  /** Returns the document registered under `sha256`, or null. */
  find(sha256: string): string | null;
  /** Returns whether `document` is registered (its exact text). */
  isRegistered(document: string): boolean;
  readonly size: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Returns the SHA-256 of `text` in lowercase hex: the key of a trusted document (and of an Apollo APQ hash). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Returns trusted documents from a manifest object `{ "<sha256 hex>": "<document>" }`; throws naming the first bad entry. */
export function createTrustedDocuments(manifest: unknown): TrustedDocuments {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error('the trusted-documents manifest must be a JSON object { "<sha256 hex>": "<document>" }');
  }
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (!SHA256_HEX.test(hash)) throw new Error(`trusted-documents manifest: key "${hash.slice(0, 80)}" is not a lowercase SHA-256 hex`);
    if (typeof document !== 'string') throw new Error(`trusted-documents manifest: the value of ${hash} is not a string`);
    // A mismatch means a corrupted or hand-edited manifest: serving it would run another operation than registered.
    if (sha256Hex(document) !== hash) throw new Error(`trusted-documents manifest: ${hash} is not the SHA-256 of its document`);
    documents.set(hash, document);
  }
  return {
    find: (sha256) => documents.get(sha256) ?? null,
    isRegistered: (document) => documents.has(sha256Hex(document)),
    size: documents.size,
  };
}

/** Returns the trusted documents of the manifest file at `file`; throws a one-line error when it is unreadable or invalid. */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the trusted-documents manifest ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return createTrustedDocuments(manifest);
}
