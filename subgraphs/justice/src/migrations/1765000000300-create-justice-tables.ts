import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Creates courts, cases, their parties, hearings and rulings. */
export class CreateJusticeTables1765000000300 implements MigrationInterface {
  name = 'CreateJusticeTables1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    const caseNumber = varchar('case_number', 32);

    await queryRunner.createTable(
      new Table({
        name: 'court',
        columns: [
          { ...varchar('code', 16), isPrimary: true },
          varchar('name', 160),
          varchar('matter', 24),
          varchar('territory_code', 6),
          varchar('department_code', 2),
        ],
      }),
    );
    await queryRunner.createIndex('court', new TableIndex({ name: 'idx_court_department', columnNames: ['department_code', 'matter', 'code'] }));

    await queryRunner.createTable(
      new Table({
        name: 'judicial_case',
        columns: [
          { ...varchar('number', 32), isPrimary: true },
          varchar('court_code', 16),
          { name: 'filed_year', type: 'integer' },
          { name: 'sequence', type: 'integer' },
          varchar('matter', 24),
          varchar('status', 16),
          varchar('filed_on', 10),
          varchar('summary', 1000, true),
        ],
      }),
    );
    await queryRunner.createIndex(
      'judicial_case',
      new TableIndex({ name: 'idx_judicial_case_sequence', columnNames: ['court_code', 'filed_year', 'sequence'], isUnique: true }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'case_party',
        columns: [id, caseNumber, varchar('kind', 8), varchar('role', 12), varchar('name', 200), varchar('ci', 20, true), varchar('nit', 12, true)],
      }),
    );
    await queryRunner.createIndex('case_party', new TableIndex({ name: 'idx_case_party_case', columnNames: ['case_number'] }));
    await queryRunner.createIndex('case_party', new TableIndex({ name: 'idx_case_party_ci', columnNames: ['ci'] }));

    await queryRunner.createTable(
      new Table({
        name: 'hearing',
        columns: [id, caseNumber, varchar('court_code', 16), varchar('starts_at', 24), varchar('courtroom', 60), varchar('kind', 20), varchar('status', 10)],
      }),
    );
    await queryRunner.createIndex('hearing', new TableIndex({ name: 'idx_hearing_case', columnNames: ['case_number', 'starts_at'] }));
    await queryRunner.createIndex('hearing', new TableIndex({ name: 'idx_hearing_courtroom', columnNames: ['court_code', 'courtroom', 'starts_at'] }));

    await queryRunner.createTable(
      new Table({
        name: 'ruling',
        columns: [id, caseNumber, varchar('issued_on', 10), varchar('kind', 20), varchar('summary', 1000)],
      }),
    );
    await queryRunner.createIndex('ruling', new TableIndex({ name: 'idx_ruling_case', columnNames: ['case_number', 'issued_on'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ruling');
    await queryRunner.dropTable('hearing');
    await queryRunner.dropTable('case_party');
    await queryRunner.dropTable('judicial_case');
    await queryRunner.dropTable('court');
  }
}
