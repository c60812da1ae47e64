import type { QueryRunner } from 'typeorm';

/** Returns the column type for long text: `longtext` on MySQL (text stops at 64 KB there), `text` elsewhere. */
export function textColumnType(queryRunner: QueryRunner): string {
  return queryRunner.connection.driver.options.type === 'mysql' ? 'longtext' : 'text';
}
