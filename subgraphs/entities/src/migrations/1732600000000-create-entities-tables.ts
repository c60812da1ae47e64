import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Creates the `territory` and `public_entity` tables (reference data, filled by the seed). */
export class CreateEntitiesTables1732600000000 implements MigrationInterface {
  name = 'CreateEntitiesTables1732600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'territory',
        columns: [
          { name: 'code', type: 'varchar', length: '6', isPrimary: true },
          { name: 'name', type: 'varchar', length: '128' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'parent_code', type: 'varchar', length: '4', isNullable: true },
          { name: 'department_code', type: 'varchar', length: '2' },
          { name: 'is_indigenous_autonomy', type: 'boolean', default: false },
        ],
        indices: [
          { name: 'idx_territory_parent_code', columnNames: ['parent_code'] },
          { name: 'idx_territory_department_code', columnNames: ['department_code'] },
        ],
        foreignKeys: [
          { name: 'fk_territory_parent', columnNames: ['parent_code'], referencedTableName: 'territory', referencedColumnNames: ['code'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'public_entity',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'acronym', type: 'varchar', length: '32', isNullable: true },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'territory_code', type: 'varchar', length: '6' },
          { name: 'search_text', type: 'varchar', length: '320' },
        ],
        indices: [
          { name: 'idx_public_entity_level_code', columnNames: ['level', 'code'] },
          { name: 'idx_public_entity_territory_code', columnNames: ['territory_code'] },
        ],
        foreignKeys: [
          {
            name: 'fk_public_entity_territory',
            columnNames: ['territory_code'],
            referencedTableName: 'territory',
            referencedColumnNames: ['code'],
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('public_entity');
    await queryRunner.dropTable('territory');
  }
}
