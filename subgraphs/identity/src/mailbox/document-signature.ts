import { createHash, sign, verify, type KeyObject } from 'node:crypto';

/** What an issuing entity signs for a document (the content enters only as its SHA-256). */
export interface DocumentPayload {
  id: string;
  ci: string;
  issuer: string;
  kind: string;
  title: string;
  contentType: string;
  sha256: string;
  issuedAt: string;
}

/** A document as its holder keeps it: `Document.exported` is this, as JSON text. */
export interface ExportedDocument {
  /** The canonical JSON of the DocumentPayload: exactly the signed bytes. */
  payload: string;
  /** base64url Ed25519 signature of `payload` (UTF-8). */
  signature: string;
  /** Which issuer key signed (see `issuerPublicKeys`). */
  keyId: string;
}

const PAYLOAD_KEYS = ['ci', 'contentType', 'id', 'issuedAt', 'issuer', 'kind', 'sha256', 'title'] as const;

/** Returns the canonical JSON of a payload: keys sorted, no spaces, strings only. */
export function canonicalPayload(payload: DocumentPayload): string {
  return JSON.stringify(Object.fromEntries(PAYLOAD_KEYS.map((key) => [key, payload[key]])));
}

/** Returns the payload the canonical JSON `text` holds, or null when it is not exactly canonical. */
export function parseCanonicalPayload(text: string): DocumentPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length !== PAYLOAD_KEYS.length || !PAYLOAD_KEYS.every((key) => typeof record[key] === 'string')) return null;
  const payload = record as unknown as DocumentPayload;
  return canonicalPayload(payload) === text ? payload : null;
}

/** Returns the hex SHA-256 of `content`. */
export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Returns the base64url Ed25519 signature of `payload` with `privateKey`. */
export function signPayload(payload: string, privateKey: KeyObject): string {
  return sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64url');
}

/**
 * Is `signature` a valid Ed25519 signature of `payload` under `publicKey`? The signature
 * must be the exact base64url text of 64 bytes: a changed character never decodes to the same bytes.
 */
export function isValidSignature(payload: string, signature: string, publicKey: KeyObject): boolean {
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  const bytes = Buffer.from(signature, 'base64url');
  if (bytes.length !== 64 || bytes.toString('base64url') !== signature) return false;
  return verify(null, Buffer.from(payload, 'utf8'), publicKey, bytes);
}
