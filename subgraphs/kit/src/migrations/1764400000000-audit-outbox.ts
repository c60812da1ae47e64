import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { textColumnType } from '@egob/database';

/** The audit outbox the kit keeps in every subgraph's database: reads of personal data waiting for the audit subgraph. */
export class AuditOutbox1764400000000 implements MigrationInterface {
  name = 'AuditOutbox1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = textColumnType(queryRunner);
    // SQLite's AUTOINCREMENT needs INTEGER; on MySQL an INT would run out on a busy subgraph.
    const position = queryRunner.connection.driver.options.type === 'mysql' ? 'bigint' : 'integer';
    await queryRunner.createTable(
      new Table({
        name: 'egob_audit_outbox',
        columns: [
          { name: 'position', type: position, isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'event_id', type: 'varchar', length: '36', isUnique: true },
          { name: 'subject_ci', type: 'varchar', length: '32' },
          { name: 'fields', type: text },
          { name: 'reader', type: 'varchar', length: '128' },
          { name: 'roles', type: text },
          { name: 'acting_entity', type: 'varchar', length: '64', isNullable: true },
          { name: 'purpose', type: 'varchar', length: '500', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '128' },
          { name: 'subgraph', type: 'varchar', length: '64' },
          { name: 'occurred_at', type: 'varchar', length: '24' },
          { name: 'delivered_at', type: 'varchar', length: '24', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'egob_audit_outbox',
      new TableIndex({ name: 'idx_egob_audit_outbox_pending', columnNames: ['delivered_at', 'position'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('egob_audit_outbox');
  }
}
