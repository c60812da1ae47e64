import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { textColumnType } from '@egob/subgraph-kit';

/** Creates the append-only, hash-chained audit log. */
export class CreateAuditLog1764400000100 implements MigrationInterface {
  name = 'CreateAuditLog1764400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = textColumnType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          // Assigned by the appender (1, 2, 3…), never generated: a gap means a deleted record.
          { name: 'seq', type: 'bigint', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36', isUnique: true },
          { name: 'subject_ci', type: 'varchar', length: '32' },
          { name: 'fields', type: text },
          { name: 'reader', type: 'varchar', length: '128' },
          { name: 'roles', type: text },
          { name: 'acting_entity', type: 'varchar', length: '64', isNullable: true },
          { name: 'purpose', type: 'varchar', length: '500', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '128' },
          { name: 'source_subgraph', type: 'varchar', length: '64' },
          { name: 'source_entity', type: 'varchar', length: '64' },
          { name: 'occurred_at', type: 'varchar', length: '24' },
          { name: 'received_at', type: 'varchar', length: '24' },
          { name: 'prev_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'audit_event',
      new TableIndex({ name: 'idx_audit_event_subject', columnNames: ['subject_ci', 'occurred_at', 'seq'] }),
    );
    await queryRunner.createIndex('audit_event', new TableIndex({ name: 'idx_audit_event_occurred', columnNames: ['occurred_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_event');
  }
}
