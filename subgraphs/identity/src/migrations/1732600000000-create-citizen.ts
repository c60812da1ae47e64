import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Creates the citizen register. */
export class CreateCitizen1732600000000 implements MigrationInterface {
  name = 'CreateCitizen1732600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'citizen',
        columns: [
          { name: 'ci', type: 'varchar', length: '20', isPrimary: true },
          { name: 'ci_number', type: 'varchar', length: '12' },
          { name: 'complement', type: 'varchar', length: '4', isNullable: true },
          { name: 'names', type: 'varchar', length: '120' },
          { name: 'first_surname', type: 'varchar', length: '80' },
          { name: 'second_surname', type: 'varchar', length: '80', isNullable: true },
          { name: 'birth_date', type: 'varchar', length: '10' },
          { name: 'sex', type: 'varchar', length: '1' },
          { name: 'residence_code', type: 'varchar', length: '6' },
        ],
      }),
    );
    await queryRunner.createIndex('citizen', new TableIndex({ name: 'idx_citizen_ci_number', columnNames: ['ci_number'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('citizen');
  }
}
