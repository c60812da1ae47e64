import type { DataSource } from 'typeorm';
import type { CitizenService } from '../citizen/citizen.service';
import { ReadReceiptService } from '../notifications/read-receipt.service';
import { DocumentVerifier } from './document-verifier';
import { IssuerKeyService } from './issuer-key.service';
import { MailboxService } from './mailbox.service';

/** The mailbox and notification services identity's services include. */
export interface MailboxServices {
  issuerKeys: IssuerKeyService;
  mailbox: MailboxService;
  documentVerifier: DocumentVerifier;
  readReceipts: ReadReceiptService;
}

/** Returns the mailbox services; `keyEncryptionKey` (IDENTITY_KEY_ENCRYPTION_KEY) seals the entities' private keys. */
export function createMailboxServices(dataSource: DataSource, citizens: CitizenService, keyEncryptionKey: Buffer): MailboxServices {
  const issuerKeys = new IssuerKeyService(dataSource, keyEncryptionKey);
  return {
    issuerKeys,
    mailbox: new MailboxService(dataSource, citizens, issuerKeys),
    documentVerifier: new DocumentVerifier(issuerKeys),
    readReceipts: new ReadReceiptService(dataSource),
  };
}
