import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { textColumnType } from '@egob/subgraph-kit';

/** Creates the educational institutions, enrolments, grades and academic titles. */
export class CreateEducationTables1765000000200 implements MigrationInterface {
  name = 'CreateEducationTables1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = textColumnType(queryRunner);
    const ci = { name: 'ci', type: 'varchar', length: '20' };
    const sequence = { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };

    await queryRunner.createTable(
      new Table({
        name: 'educational_institution',
        columns: [
          { name: 'code', type: 'varchar', length: '16', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'territory_code', type: 'varchar', length: '6' },
          { name: 'department_code', type: 'varchar', length: '2' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'educational_institution',
      new TableIndex({ name: 'idx_institution_department', columnNames: ['department_code', 'code'] }),
    );
    await queryRunner.createIndex('educational_institution', new TableIndex({ name: 'idx_institution_kind', columnNames: ['kind', 'code'] }));

    await queryRunner.createTable(
      new Table({
        name: 'enrolment',
        columns: [
          sequence,
          { name: 'id', type: 'varchar', length: '40' },
          ci,
          { name: 'institution_code', type: 'varchar', length: '16' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'year', type: 'integer' },
          { name: 'course', type: 'varchar', length: '120', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
        ],
      }),
    );
    await queryRunner.createIndex('enrolment', new TableIndex({ name: 'idx_enrolment_id', columnNames: ['id'], isUnique: true }));
    // One enrolment per citizen, institution, level and year (ALREADY_ENROLLED); also the lookup by CI.
    await queryRunner.createIndex(
      'enrolment',
      new TableIndex({ name: 'idx_enrolment_citizen', columnNames: ['ci', 'institution_code', 'level', 'year'], isUnique: true }),
    );
    await queryRunner.createIndex('enrolment', new TableIndex({ name: 'idx_enrolment_institution', columnNames: ['institution_code'] }));

    await queryRunner.createTable(
      new Table({
        name: 'grade',
        columns: [
          sequence,
          { name: 'enrolment_id', type: 'varchar', length: '40' },
          ci,
          { name: 'subject', type: 'varchar', length: '100' },
          { name: 'period', type: 'varchar', length: '60', isNullable: true },
          { name: 'score', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createIndex('grade', new TableIndex({ name: 'idx_grade_enrolment', columnNames: ['enrolment_id', 'seq'] }));
    await queryRunner.createIndex('grade', new TableIndex({ name: 'idx_grade_citizen', columnNames: ['ci'] }));

    await queryRunner.createTable(
      new Table({
        name: 'academic_title',
        columns: [
          sequence,
          { name: 'code', type: 'varchar', length: '32' },
          ci,
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'institution_code', type: 'varchar', length: '16' },
          { name: 'issued_on', type: 'varchar', length: '10' },
          { name: 'content_sha256', type: 'varchar', length: '64' },
          { name: 'mailbox_document_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'exported', type: text, isNullable: true },
          { name: 'revoked_on', type: 'varchar', length: '10', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('academic_title', new TableIndex({ name: 'idx_academic_title_code', columnNames: ['code'], isUnique: true }));
    await queryRunner.createIndex('academic_title', new TableIndex({ name: 'idx_academic_title_citizen', columnNames: ['ci', 'issued_on'] }));
    await queryRunner.createIndex('academic_title', new TableIndex({ name: 'idx_academic_title_institution', columnNames: ['institution_code'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('academic_title');
    await queryRunner.dropTable('grade');
    await queryRunner.dropTable('enrolment');
    await queryRunner.dropTable('educational_institution');
  }
}
