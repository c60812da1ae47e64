import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Creates the employment register, the job postings and the job profiles. */
export class CreateLaborTables1765000000400 implements MigrationInterface {
  name = 'CreateLaborTables1765000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    const employer = [varchar('employer_kind', 16), varchar('employer_entity', 32, true), varchar('employer_nit', 12, true), varchar('employer_name', 200)];

    await queryRunner.createTable(
      new Table({
        name: 'employment',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('ci', 20),
          ...employer,
          varchar('position', 120),
          varchar('start_date', 10),
          varchar('end_date', 10, true),
          varchar('contributions_status', 12),
          varchar('registered_by', 32),
          varchar('registered_at', 24),
        ],
      }),
    );
    await queryRunner.createIndex('employment', new TableIndex({ name: 'idx_employment_citizen', columnNames: ['ci', 'start_date'] }));
    await queryRunner.createIndex('employment', new TableIndex({ name: 'idx_employment_employer_entity', columnNames: ['employer_entity'] }));

    await queryRunner.createTable(
      new Table({
        name: 'job_posting',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          varchar('title', 120),
          varchar('description', 2000),
          ...employer,
          varchar('territory_code', 6),
          varchar('department_code', 2),
          varchar('required_title', 20, true),
          { name: 'minimum_experience_months', type: 'integer' },
          varchar('published_on', 10),
          varchar('closes_on', 10),
          varchar('published_by', 32),
        ],
      }),
    );
    await queryRunner.createIndex('job_posting', new TableIndex({ name: 'idx_job_posting_department', columnNames: ['department_code', 'closes_on'] }));
    await queryRunner.createIndex('job_posting', new TableIndex({ name: 'idx_job_posting_closes', columnNames: ['closes_on'] }));

    await queryRunner.createTable(
      new Table({
        name: 'job_profile',
        columns: [
          { ...varchar('ci', 20), isPrimary: true },
          varchar('desired_position', 120),
          varchar('territory_code', 6),
          varchar('department_code', 2),
          varchar('skills', 1400),
          { name: 'visible_to_employers', type: 'smallint' },
          varchar('updated_at', 24),
        ],
      }),
    );
    await queryRunner.createIndex(
      'job_profile',
      new TableIndex({ name: 'idx_job_profile_candidates', columnNames: ['visible_to_employers', 'department_code', 'territory_code'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_profile');
    await queryRunner.dropTable('job_posting');
    await queryRunner.dropTable('employment');
  }
}
