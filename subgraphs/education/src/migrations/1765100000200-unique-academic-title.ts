import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** One title per citizen, institution, kind and name: the database refuses a second one however it is attempted. */
export class UniqueAcademicTitle1765100000200 implements MigrationInterface {
  name = 'UniqueAcademicTitle1765100000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'academic_title',
      new TableIndex({ name: 'uq_academic_title_holder_kind_name', columnNames: ['ci', 'institution_code', 'kind', 'name'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('academic_title', 'uq_academic_title_holder_kind_name');
  }
}
