import type { DataSource } from 'typeorm';
import { CitizenService } from '../citizen/citizen.service';
import { IssuerKeyService } from './issuer-key.service';
import { MailboxService } from './mailbox.service';

/** The demo documents: one signed certificate and one notification. */
export const DEMO_DOCUMENTS = [
  {
    issuer: 'SEGIP',
    kind: 'CERTIFICATE',
    title: 'Certificado de cédula de identidad vigente',
    text: 'El SEGIP certifica que la cédula de identidad 1234567 está vigente.',
    issuedAt: '2025-01-15T14:00:00.000Z',
  },
  {
    issuer: 'MIN-SALUD',
    kind: 'NOTIFICATION',
    title: 'Recordatorio: campaña nacional de vacunación',
    text: 'Le recordamos acudir a su centro de salud para la dosis de refuerzo.',
    issuedAt: '2025-02-03T13:30:00.000Z',
  },
] as const;

/** Deposits the demo documents into `ci`'s mailbox, signed with each issuer's key (sealed with `keyEncryptionKey`). */
export async function seedDemoMailbox(dataSource: DataSource, ci: string, keyEncryptionKey: Buffer): Promise<void> {
  const mailbox = new MailboxService(dataSource, new CitizenService(dataSource), new IssuerKeyService(dataSource, keyEncryptionKey));
  for (const document of DEMO_DOCUMENTS) {
    const outcome = await mailbox.deposit(
      {
        ci,
        kind: document.kind,
        title: document.title,
        contentType: 'text/plain',
        content: Buffer.from(document.text, 'utf8').toString('base64'),
        issuedAt: document.issuedAt,
      },
      document.issuer,
    );
    if (!outcome.ok) throw new Error(`demo document refused: ${outcome.error.message}`);
  }
}
