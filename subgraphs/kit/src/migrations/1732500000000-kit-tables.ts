import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Tables the kit keeps in every subgraph's database: the record of seeds run. */
export class KitTables1732500000000 implements MigrationInterface {
  name = 'KitTables1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'egob_seed',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'count', type: 'integer', default: 0 },
          { name: 'completed_at', type: 'varchar', length: '32' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('egob_seed');
  }
}
