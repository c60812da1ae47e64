import { textColumnType } from '@egob/database';
import { Table, TableColumn, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Contract variants and rollback reasons: the table `registry_supergraph_contract`
 * (one row per derived variant of a main supergraph) and the nullable columns
 * `reason` and `rolled_back_to` of `registry_supergraph_version` (rollbacks). Runs on SQLite and MySQL/MariaDB.
 */
export class HistoryContracts1764300000000 implements MigrationInterface {
  name = 'HistoryContracts1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    await queryRunner.addColumn(
      'registry_supergraph_version',
      new TableColumn({ name: 'reason', type: 'varchar', length: '500', isNullable: true }),
    );
    await queryRunner.addColumn(
      'registry_supergraph_version',
      new TableColumn({ name: 'rolled_back_to', type: 'integer', isNullable: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'registry_supergraph_contract',
        columns: [
          // The primary key (variant, supergraph_id) is also the index for "newest of a variant".
          { name: 'variant', type: 'varchar', length: '32', isPrimary: true },
          { name: 'supergraph_id', type: 'integer', isPrimary: true },
          { name: 'sdl', type: textColumnType(queryRunner) },
          { name: 'sdl_sha256', type: 'varchar', length: '64' },
          mysql ? { name: 'created_at', type: 'datetime', precision: 3 } : { name: 'created_at', type: 'datetime' },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_registry_supergraph_contract_main',
            columnNames: ['supergraph_id'],
            referencedTableName: 'registry_supergraph_version',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('registry_supergraph_contract');
    await queryRunner.dropColumn('registry_supergraph_version', 'rolled_back_to');
    await queryRunner.dropColumn('registry_supergraph_version', 'reason');
  }
}
