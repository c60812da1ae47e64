import { textColumnType } from '@egob/database';
import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The registry's tables: subgraphs, their immutable versions and the immutable
 * supergraph versions. Runs on SQLite and MySQL/MariaDB.
 */
export class RegistryTables1764100000000 implements MigrationInterface {
  name = 'RegistryTables1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    // A supergraph of 17 subgraphs exceeds MySQL's 64 KB `text`.
    const bigText = textColumnType(queryRunner);
    const timestamp = (name: string): TableColumnOptions =>
      mysql ? { name, type: 'datetime', precision: 3 } : { name, type: 'datetime' };
    const id: TableColumnOptions = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    };

    await queryRunner.createTable(
      new Table({
        name: 'registry_subgraph',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'owner_code', type: 'varchar', length: '32' },
          { name: 'current_version_id', type: 'integer', isNullable: true },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'registry_subgraph_version',
        columns: [
          id,
          { name: 'subgraph_name', type: 'varchar', length: '64' },
          { name: 'version_label', type: 'varchar', length: '64' },
          { name: 'url', type: 'varchar', length: '2048' },
          { name: 'sdl', type: bigText },
          { name: 'sdl_sha256', type: 'varchar', length: '64' },
          { name: 'owner_code', type: 'varchar', length: '32' },
          { name: 'published_by', type: 'varchar', length: '64', isNullable: true },
          timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'ix_registry_subgraph_version_name', columnNames: ['subgraph_name', 'id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_registry_subgraph_version_subgraph',
            columnNames: ['subgraph_name'],
            referencedTableName: 'registry_subgraph',
            referencedColumnNames: ['name'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );

    // Added after both tables exist: the two tables point at each other.
    await queryRunner.createForeignKey(
      'registry_subgraph',
      new TableForeignKey({
        name: 'fk_registry_subgraph_current_version',
        columnNames: ['current_version_id'],
        referencedTableName: 'registry_subgraph_version',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'registry_supergraph_version',
        columns: [
          id,
          { name: 'variant', type: 'varchar', length: '32' },
          { name: 'sdl', type: bigText },
          { name: 'sdl_sha256', type: 'varchar', length: '64' },
          { name: 'cause', type: 'varchar', length: '32' },
          { name: 'cause_subgraph_version_id', type: 'integer', isNullable: true },
          { name: 'member_version_ids', type: bigText },
          { name: 'created_by', type: 'varchar', length: '64', isNullable: true },
          timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'ix_registry_supergraph_version_variant', columnNames: ['variant', 'id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_registry_supergraph_version_cause',
            columnNames: ['cause_subgraph_version_id'],
            referencedTableName: 'registry_subgraph_version',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('registry_supergraph_version');
    await queryRunner.dropForeignKey('registry_subgraph', 'fk_registry_subgraph_current_version');
    await queryRunner.dropTable('registry_subgraph_version');
    await queryRunner.dropTable('registry_subgraph');
  }
}
