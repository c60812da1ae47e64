import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { textColumnType } from '@egob/subgraph-kit';

/** Creates consents and their append-only log, the issuing entities' keys and the digital mailbox. */
export class CreateConsentAndMailbox1764650000000 implements MigrationInterface {
  name = 'CreateConsentAndMailbox1764650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = textColumnType(queryRunner);
    const ci = { name: 'ci', type: 'varchar', length: '20' };
    const entity = (name: string) => ({ name, type: 'varchar', length: '32' });
    const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
    const sequence = { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };

    await queryRunner.createTable(
      new Table({
        name: 'consent',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          ci,
          entity('entity'),
          { name: 'scope', type: 'varchar', length: '80' },
          instant('granted_at'),
          instant('expires_at'),
          instant('revoked_at', true),
        ],
      }),
    );
    await queryRunner.createIndex('consent', new TableIndex({ name: 'idx_consent_subject', columnNames: ['ci', 'entity', 'scope'] }));

    await queryRunner.createTable(
      new Table({
        name: 'consent_log',
        columns: [
          sequence,
          { name: 'consent_id', type: 'varchar', length: '36' },
          ci,
          { name: 'action', type: 'varchar', length: '10' },
          entity('entity'),
          { name: 'scope', type: 'varchar', length: '80' },
          instant('expires_at'),
          { name: 'actor', type: 'varchar', length: '128' },
          { name: 'request_id', type: 'varchar', length: '128' },
          instant('occurred_at'),
        ],
      }),
    );
    await queryRunner.createIndex('consent_log', new TableIndex({ name: 'idx_consent_log_subject', columnNames: ['ci', 'seq'] }));

    await queryRunner.createTable(
      new Table({
        name: 'issuer_key',
        columns: [
          { name: 'key_id', type: 'varchar', length: '64', isPrimary: true },
          { ...entity('entity'), isUnique: true },
          { name: 'public_key_pem', type: 'varchar', length: '200' },
          { name: 'private_key_sealed', type: 'varchar', length: '400' },
          instant('created_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'mailbox_document',
        columns: [
          sequence,
          { name: 'id', type: 'varchar', length: '36' },
          ci,
          entity('issuer'),
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'content', type: text },
          { name: 'sha256', type: 'varchar', length: '64' },
          instant('issued_at'),
          instant('delivered_at'),
          instant('read_at', true),
          { name: 'payload', type: text },
          { name: 'signature', type: 'varchar', length: '100' },
          { name: 'key_id', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.createIndex('mailbox_document', new TableIndex({ name: 'idx_mailbox_document_id', columnNames: ['id'], isUnique: true }));
    await queryRunner.createIndex('mailbox_document', new TableIndex({ name: 'idx_mailbox_document_citizen', columnNames: ['ci', 'seq'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('mailbox_document');
    await queryRunner.dropTable('issuer_key');
    await queryRunner.dropTable('consent_log');
    await queryRunner.dropTable('consent');
  }
}
