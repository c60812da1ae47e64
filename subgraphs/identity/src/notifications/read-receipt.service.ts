import { IsNull, type DataSource, type Repository } from 'typeorm';
import { MailboxDocumentEntity } from '../mailbox/mailbox-document.entity';
import { MailboxErrorCode, type MailboxError } from '../mailbox/mailbox-result.type';
import { toDocument, toDocumentReceipt } from '../mailbox/mailbox.mapper';
import { mailboxMessages } from '../mailbox/mailbox.messages';
import type { Document } from '../mailbox/document.type';
import type { DocumentReceipt } from './document-receipt.type';

/** Outcome of markRead(): the document, or an expected error. */
export type MarkReadOutcome = { ok: true; document: Document; error: null } | { ok: false; document: null; error: MailboxError };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Read receipts: the citizen marks a document read once; the issuing entity sees when. */
export class ReadReceiptService {
  private readonly documents: Repository<MailboxDocumentEntity>;

  constructor(
    dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.documents = dataSource.getRepository(MailboxDocumentEntity);
  }

  /** Marks the document `id` of `ci`'s mailbox read; the first time only (readAt never changes afterwards). */
  async markRead(ci: string, id: string): Promise<MarkReadOutcome> {
    if (!UUID.test(id)) return notFound();
    // Conditional update: two concurrent marks cannot both set readAt.
    await this.documents.update({ id, ci, readAt: IsNull() }, { readAt: this.clock().toISOString() });
    const row = await this.documents.findOne({ where: { id, ci } });
    return row ? { ok: true, document: toDocument(row), error: null } : notFound();
  }

  /** Returns the receipt of document `id` when `issuer` issued it; null otherwise (another entity learns nothing). */
  async findReceipt(id: string, issuer: string): Promise<DocumentReceipt | null> {
    if (!UUID.test(id)) return null;
    const row = await this.documents.findOne({ where: { id, issuer } });
    return row ? toDocumentReceipt(row) : null;
  }
}

function notFound(): MarkReadOutcome {
  return { ok: false, document: null, error: { code: MailboxErrorCode.DOCUMENT_NOT_FOUND, message: mailboxMessages.documentNotFound, field: 'id' } };
}
