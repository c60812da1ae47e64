import type { DocumentReceipt } from '../notifications/document-receipt.type';
import { publicEntityRef } from '../public-entity/public-entity.type';
import type { ExportedDocument } from './document-signature';
import { DocumentKind, isDocumentKind } from './document-kind';
import type { Document } from './document.type';
import type { MailboxDocumentEntity } from './mailbox-document.entity';

/** Returns the exported form of a stored document: JSON text `{ payload, signature, keyId }`. */
export function exportDocument(row: MailboxDocumentEntity): string {
  const exported: ExportedDocument = { payload: row.payload, signature: row.signature, keyId: row.keyId };
  return JSON.stringify(exported);
}

/** Returns the API shape of a mailbox row (for its owner). */
export function toDocument(row: MailboxDocumentEntity): Document {
  return {
    id: row.id,
    ci: row.ci,
    issuer: publicEntityRef(row.issuer),
    kind: kindOf(row.kind),
    title: row.title,
    contentType: row.contentType,
    content: row.content,
    sha256: row.sha256,
    issuedAt: row.issuedAt,
    deliveredAt: row.deliveredAt,
    readAt: row.readAt,
    exported: exportDocument(row),
  };
}

/** Returns what the issuing entity sees of a mailbox row (no content). */
export function toDocumentReceipt(row: MailboxDocumentEntity): DocumentReceipt {
  return {
    id: row.id,
    ci: row.ci,
    issuer: publicEntityRef(row.issuer),
    kind: kindOf(row.kind),
    title: row.title,
    issuedAt: row.issuedAt,
    deliveredAt: row.deliveredAt,
    readAt: row.readAt,
    exported: exportDocument(row),
  };
}

function kindOf(value: string): DocumentKind {
  // Rows are written only through deposit(), which checks the kind.
  if (!isDocumentKind(value)) throw new Error(`mailbox_document has an unknown kind: ${value}`);
  return DocumentKind[value];
}
