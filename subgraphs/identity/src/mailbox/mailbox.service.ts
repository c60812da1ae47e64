import { randomUUID } from 'node:crypto';
import { IsNull, LessThan, type DataSource, type FindOptionsWhere, type Repository } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import type { CitizenService } from '../citizen/citizen.service';
import type { DocumentReceipt } from '../notifications/document-receipt.type';
import { canonicalPayload, sha256Hex, signPayload, type DocumentPayload } from './document-signature';
import { isDocumentKind } from './document-kind';
import type { Document } from './document.type';
import type { IssuerKeyService } from './issuer-key.service';
import { MailboxDocumentEntity } from './mailbox-document.entity';
import { MailboxErrorCode, type MailboxError } from './mailbox-result.type';
import { toDocument, toDocumentReceipt } from './mailbox.mapper';
import { mailboxMessages } from './mailbox.messages';

/** Largest document content, decoded: 1 MB. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** How far in the future an issuedAt may be (clock skew between the entity's system and identity). */
const ISSUED_AT_SKEW_MS = 5 * 60_000;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,80}$/;
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** What an entity deposits (as the API receives it, unchecked). */
export interface DepositCommand {
  ci: string;
  kind: string;
  title: string;
  contentType: string;
  content: string;
  issuedAt: string;
}

/** Outcome of deposit(): the receipt, or an expected error (nothing written). */
export type DepositOutcome = { ok: true; receipt: DocumentReceipt; error: null } | { ok: false; receipt: null; error: MailboxError };

/** Is `key` a mailbox cursor key (a sequence number)? */
export function isMailboxKey(key: string): boolean {
  return /^\d{1,15}$/.test(key);
}

/** The citizens' digital mailbox: entities deposit signed documents, citizens list them. */
export class MailboxService {
  private readonly documents: Repository<MailboxDocumentEntity>;

  constructor(
    dataSource: DataSource,
    private readonly citizens: CitizenService,
    private readonly issuerKeys: IssuerKeyService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.documents = dataSource.getRepository(MailboxDocumentEntity);
  }

  /** Checks the document, signs it with `issuer`'s key and delivers it to the citizen's mailbox. */
  async deposit(command: DepositCommand, issuer: string): Promise<DepositOutcome> {
    const now = this.clock();
    if (!this.citizens.isValidCi(command.ci)) return failure(MailboxErrorCode.INVALID_CI, mailboxMessages.invalidCi, 'ci');
    if (!isDocumentKind(command.kind)) return failure(MailboxErrorCode.UNKNOWN_KIND, mailboxMessages.unknownKind, 'kind');
    const title = command.title.trim();
    if (title.length < 1 || title.length > 200) return failure(MailboxErrorCode.INVALID_TITLE, mailboxMessages.invalidTitle, 'title');
    if (!CONTENT_TYPE.test(command.contentType)) {
      return failure(MailboxErrorCode.INVALID_CONTENT_TYPE, mailboxMessages.invalidContentType, 'contentType');
    }
    // The size is known from the text's length: no need to decode an oversized content.
    if (decodedLength(command.content) > MAX_DOCUMENT_BYTES) {
      return failure(MailboxErrorCode.CONTENT_TOO_LARGE, mailboxMessages.contentTooLarge(MAX_DOCUMENT_BYTES), 'content');
    }
    if (command.content.length === 0 || !BASE64.test(command.content)) {
      return failure(MailboxErrorCode.INVALID_BASE64, mailboxMessages.invalidBase64, 'content');
    }
    const issuedAt = parseIssuedAt(command.issuedAt, now);
    if (issuedAt === null) return failure(MailboxErrorCode.INVALID_ISSUED_AT, mailboxMessages.invalidIssuedAt, 'issuedAt');
    const [citizen] = await this.citizens.findByCis([command.ci]);
    if (!citizen) return failure(MailboxErrorCode.UNKNOWN_CITIZEN, mailboxMessages.unknownCitizen, 'ci');

    const key = await this.issuerKeys.getSigningKey(issuer);
    const payload: DocumentPayload = {
      id: randomUUID(),
      ci: command.ci,
      issuer,
      kind: command.kind,
      title,
      contentType: command.contentType,
      sha256: sha256Hex(Buffer.from(command.content, 'base64')),
      issuedAt,
    };
    const canonical = canonicalPayload(payload);
    const row: Omit<MailboxDocumentEntity, 'seq'> = {
      ...payload,
      content: command.content,
      deliveredAt: now.toISOString(),
      readAt: null,
      payload: canonical,
      signature: signPayload(canonical, key.privateKey),
      keyId: key.keyId,
    };
    await this.documents.insert(row);
    return { ok: true, receipt: toDocumentReceipt({ ...row, seq: 0 }), error: null };
  }

  /** Returns one page of the citizen's mailbox, newest first, after the document `afterSeq`; only unread ones when `unreadOnly`. */
  async listForCitizen(ci: string, first: number, afterSeq: string | null, unreadOnly: boolean): Promise<Page<Document>> {
    const filter: FindOptionsWhere<MailboxDocumentEntity> = unreadOnly ? { ci, readAt: IsNull() } : { ci };
    const rows = await this.documents.find({
      where: afterSeq === null ? filter : { ...filter, seq: LessThan(Number(afterSeq)) },
      order: { seq: 'DESC' },
      take: first + 1,
    });
    return toPage(rows, first, (row) => String(row.seq), toDocument, () => this.documents.count({ where: filter }));
  }
}

/** Returns how many bytes the base64 `text` decodes to (an estimate for text that is not base64). */
function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

/** Returns the UTC instant normalised to milliseconds, or null when malformed, impossible or in the future. */
function parseIssuedAt(text: string, now: Date): string | null {
  if (!UTC_INSTANT.test(text)) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time) || time > now.getTime() + ISSUED_AT_SKEW_MS) return null;
  const normalised = new Date(time).toISOString();
  // Date.parse rolls 2025-02-30 over to March: the date and time must survive unchanged.
  return normalised.slice(0, 19) === text.slice(0, 19) ? normalised : null;
}

function failure(code: MailboxErrorCode, message: string, field: string): DepositOutcome {
  return { ok: false, receipt: null, error: { code, message, field } };
}
