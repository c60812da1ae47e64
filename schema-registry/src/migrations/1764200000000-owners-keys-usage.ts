import { textColumnType } from '@egob/database';
import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Owners (PublicEntity codes), hashed publish keys, aggregated usage reports, and the
 * check results recorded with every subgraph version (change list, forced reason).
 * Runs on SQLite and MySQL/MariaDB.
 */
export class OwnersKeysUsage1764200000000 implements MigrationInterface {
  name = 'OwnersKeysUsage1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    const timestamp = (name: string, isNullable = false): TableColumnOptions =>
      mysql ? { name, type: 'datetime', precision: 3, isNullable } : { name, type: 'datetime', isNullable };
    // The databases are created utf8mb4_unicode_ci (case-insensitive): usage keys must not merge `names` and `Names`.
    const exact = (name: string, length: number): TableColumnOptions =>
      mysql ? { name, type: 'varchar', length: String(length), collation: 'utf8mb4_bin' } : { name, type: 'varchar', length: String(length) };
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };

    await queryRunner.createTable(
      new Table({
        name: 'registry_owner',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          timestamp('created_at'),
        ],
      }),
    );
    // Subgraphs published before owners existed keep working: their owners become registered.
    await queryRunner.query(
      'INSERT INTO registry_owner (code, name, created_at) SELECT owner_code, owner_code, MIN(created_at) FROM registry_subgraph GROUP BY owner_code',
    );

    await queryRunner.createTable(
      new Table({
        name: 'registry_publish_key',
        columns: [
          id,
          { name: 'owner_code', type: 'varchar', length: '32' },
          { name: 'description', type: 'varchar', length: '200' },
          { name: 'secret_sha256', type: 'varchar', length: '64' },
          timestamp('created_at'),
          timestamp('revoked_at', true),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_registry_publish_key_owner',
            columnNames: ['owner_code'],
            referencedTableName: 'registry_owner',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'registry_usage',
        columns: [
          id,
          exact('day', 10),
          exact('coordinate', 255),
          exact('operation_name', 200),
          exact('client_name', 200),
          { name: 'client_version', type: 'varchar', length: '64', isNullable: true },
          { name: 'count', type: 'bigint' },
          // ISO-8601 UTC text: sorts like time, and MAX() reads back identically on both databases.
          exact('last_seen', 24),
        ],
        indices: [
          new TableIndex({
            name: 'ux_registry_usage_key',
            columnNames: ['day', 'coordinate', 'operation_name', 'client_name'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_registry_usage_coordinate', columnNames: ['coordinate', 'day'] }),
        ],
      }),
    );

    await queryRunner.addColumns('registry_subgraph_version', [
      new TableColumn({ name: 'forced_reason', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'changes', type: textColumnType(queryRunner), isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('registry_subgraph_version', 'changes');
    await queryRunner.dropColumn('registry_subgraph_version', 'forced_reason');
    await queryRunner.dropTable('registry_usage');
    await queryRunner.dropTable('registry_publish_key');
    await queryRunner.dropTable('registry_owner');
  }
}
