import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { textColumnType } from '@egob/subgraph-kit';

/** Creates facilities and their staff, affiliations, attentions and the clinical record (encounters, referrals, follow-ups). */
export class CreateHealthTables1765000000100 implements MigrationInterface {
  name = 'CreateHealthTables1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = textColumnType(queryRunner);
    const ci = (name = 'ci') => ({ name, type: 'varchar', length: '20' });
    const facility = (name: string) => ({ name, type: 'varchar', length: '6' });
    const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
    const uuid = { name: 'id', type: 'varchar', length: '36', isPrimary: true };

    await queryRunner.createTable(
      new Table({
        name: 'health_facility',
        columns: [
          { name: 'code', type: 'varchar', length: '6', isPrimary: true },
          { name: 'name', type: 'varchar', length: '160' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'kind', type: 'varchar', length: '64' },
          { name: 'territory_code', type: 'varchar', length: '6' },
          { name: 'department_code', type: 'varchar', length: '2' },
        ],
        indices: [
          { name: 'idx_health_facility_department', columnNames: ['department_code', 'code'] },
          { name: 'idx_health_facility_level', columnNames: ['level', 'code'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'health_staff',
        columns: [
          { ...ci(), isPrimary: true },
          { ...facility('facility_code'), isPrimary: true },
          { name: 'name', type: 'varchar', length: '160' },
          { name: 'professional_registration', type: 'varchar', length: '32' },
        ],
        indices: [{ name: 'idx_health_staff_facility', columnNames: ['facility_code'] }],
        foreignKeys: [{ name: 'fk_health_staff_facility', columnNames: ['facility_code'], referencedTableName: 'health_facility', referencedColumnNames: ['code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'health_affiliate',
        columns: [
          { ...ci(), isPrimary: true },
          { name: 'affiliation_number', type: 'varchar', length: '32' },
          { name: 'insurer', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'since', type: 'varchar', length: '10' },
          { name: 'employer_name', type: 'varchar', length: '160', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'health_attention',
        columns: [
          uuid,
          ci(),
          facility('facility_code'),
          ci('clinician_ci'),
          instant('opened_at'),
          instant('expires_at'),
          instant('closed_at', true),
        ],
        indices: [
          { name: 'idx_health_attention_ci', columnNames: ['ci', 'facility_code'] },
          { name: 'idx_health_attention_facility', columnNames: ['facility_code'] },
        ],
        foreignKeys: [{ name: 'fk_health_attention_facility', columnNames: ['facility_code'], referencedTableName: 'health_facility', referencedColumnNames: ['code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'health_encounter',
        columns: [
          uuid,
          ci(),
          facility('facility_code'),
          ci('clinician_ci'),
          { name: 'clinician_name', type: 'varchar', length: '160' },
          { name: 'clinician_registration', type: 'varchar', length: '32' },
          instant('occurred_at'),
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'diagnoses', type: text },
          { name: 'prescriptions', type: text },
          { name: 'notes', type: text },
        ],
        indices: [
          { name: 'idx_health_encounter_ci', columnNames: ['ci', 'occurred_at'] },
          { name: 'idx_health_encounter_facility', columnNames: ['facility_code'] },
        ],
        foreignKeys: [{ name: 'fk_health_encounter_facility', columnNames: ['facility_code'], referencedTableName: 'health_facility', referencedColumnNames: ['code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'health_referral',
        columns: [
          uuid,
          ci(),
          { name: 'kind', type: 'varchar', length: '16' },
          facility('from_facility_code'),
          facility('to_facility_code'),
          ci('clinician_ci'),
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'diagnosis', type: 'varchar', length: '8', isNullable: true },
          instant('created_at'),
          { name: 'status', type: 'varchar', length: '10' },
        ],
        indices: [
          { name: 'idx_health_referral_ci', columnNames: ['ci', 'created_at'] },
          { name: 'idx_health_referral_from', columnNames: ['from_facility_code'] },
          { name: 'idx_health_referral_to', columnNames: ['to_facility_code'] },
        ],
        foreignKeys: [
          { name: 'fk_health_referral_from', columnNames: ['from_facility_code'], referencedTableName: 'health_facility', referencedColumnNames: ['code'] },
          { name: 'fk_health_referral_to', columnNames: ['to_facility_code'], referencedTableName: 'health_facility', referencedColumnNames: ['code'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'health_follow_up',
        columns: [
          uuid,
          ci(),
          { name: 'encounter_id', type: 'varchar', length: '36' },
          facility('facility_code'),
          ci('clinician_ci'),
          { name: 'due_date', type: 'varchar', length: '10' },
          { name: 'notes', type: text },
          { name: 'status', type: 'varchar', length: '10' },
          instant('created_at'),
        ],
        indices: [
          { name: 'idx_health_follow_up_ci', columnNames: ['ci', 'due_date'] },
          { name: 'idx_health_follow_up_encounter', columnNames: ['encounter_id'] },
          { name: 'idx_health_follow_up_facility', columnNames: ['facility_code'] },
        ],
        foreignKeys: [
          { name: 'fk_health_follow_up_encounter', columnNames: ['encounter_id'], referencedTableName: 'health_encounter', referencedColumnNames: ['id'] },
          { name: 'fk_health_follow_up_facility', columnNames: ['facility_code'], referencedTableName: 'health_facility', referencedColumnNames: ['code'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['health_follow_up', 'health_referral', 'health_encounter', 'health_attention', 'health_affiliate', 'health_staff', 'health_facility']) {
      await queryRunner.dropTable(table);
    }
  }
}
