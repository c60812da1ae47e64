import { publicEntityRef } from '../public-entity/public-entity.type';
import { isValidSignature, parseCanonicalPayload } from './document-signature';
import type { DocumentVerification } from './document-verification.type';
import type { IssuerKeyService } from './issuer-key.service';
import { mailboxMessages } from './mailbox.messages';

/** Longest exported document accepted for verification (the payload holds a hash, not the content). */
const MAX_EXPORTED_LENGTH = 8192;

/** Checks exported documents against the issuers' public keys (no other data is read). */
export class DocumentVerifier {
  constructor(private readonly issuerKeys: IssuerKeyService) {}

  /** Returns whether the exported document `text` is genuine and unaltered, with its issuer and issue time. */
  async verify(text: string): Promise<DocumentVerification> {
    const exported = text.length <= MAX_EXPORTED_LENGTH ? parseExported(text) : null;
    if (!exported) return invalid(mailboxMessages.verify.malformed);
    const payload = parseCanonicalPayload(exported.payload);
    if (!payload) return invalid(mailboxMessages.verify.malformed);
    const key = await this.issuerKeys.findPublicKey(exported.keyId);
    if (!key) return invalid(mailboxMessages.verify.unknownKey);
    if (!isValidSignature(exported.payload, exported.signature, key.publicKey)) return invalid(mailboxMessages.verify.badSignature);
    if (key.entity !== payload.issuer) return invalid(mailboxMessages.verify.keyNotIssuers);
    return { valid: true, issuer: publicEntityRef(payload.issuer), issuedAt: payload.issuedAt, reason: null };
  }
}

function parseExported(text: string): { payload: string; signature: string; keyId: string } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { payload, signature, keyId } = value as Record<string, unknown>;
  if (typeof payload !== 'string' || typeof signature !== 'string' || typeof keyId !== 'string') return null;
  return { payload, signature, keyId };
}

function invalid(reason: string): DocumentVerification {
  return { valid: false, issuer: null, issuedAt: null, reason };
}
