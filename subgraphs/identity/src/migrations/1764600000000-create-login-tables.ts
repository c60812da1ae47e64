import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Creates the login tables: credentials, roles, servant links, OAuth clients, codes, refresh tokens and signing keys. */
export class CreateLoginTables1764600000000 implements MigrationInterface {
  name = 'CreateLoginTables1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ci = { name: 'ci', type: 'varchar', length: '20' };
    await queryRunner.createTable(
      new Table({
        name: 'credential',
        columns: [
          { ...ci, isPrimary: true },
          { name: 'password_hash', type: 'varchar', length: '200' },
          { name: 'failed_logins', type: 'int', default: 0 },
          { name: 'locked_until', type: 'bigint', isNullable: true },
          { name: 'totp_secret', type: 'varchar', length: '64', isNullable: true },
          { name: 'totp_pending_secret', type: 'varchar', length: '64', isNullable: true },
          { name: 'totp_last_step', type: 'bigint', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({ name: 'platform_role', columns: [{ ...ci, isPrimary: true }, { name: 'role', type: 'varchar', length: '40', isPrimary: true }] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'servant_link',
        columns: [
          { ...ci, isPrimary: true },
          { name: 'entity_code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'role', type: 'varchar', length: '60', isPrimary: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'oauth_client',
        columns: [
          { name: 'client_id', type: 'varchar', length: '60', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '12' },
          { name: 'secret_hash', type: 'varchar', length: '200', isNullable: true },
          { name: 'redirect_uris', type: 'varchar', length: '1000', default: "''" },
          { name: 'entity_code', type: 'varchar', length: '40', isNullable: true },
        ],
      }),
    );
    const grant = [
      { name: 'client_id', type: 'varchar', length: '60' },
      ci,
      { name: 'amr', type: 'varchar', length: '40' },
      { name: 'scope', type: 'varchar', length: '200', default: "''" },
      { name: 'family_id', type: 'varchar', length: '36' },
      { name: 'expires_at', type: 'bigint' },
    ];
    await queryRunner.createTable(
      new Table({
        name: 'authorization_code',
        columns: [
          { name: 'code_hash', type: 'varchar', length: '64', isPrimary: true },
          ...grant,
          { name: 'redirect_uri', type: 'varchar', length: '500' },
          { name: 'code_challenge', type: 'varchar', length: '128' },
          { name: 'used_at', type: 'bigint', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'refresh_token',
        columns: [{ name: 'token_hash', type: 'varchar', length: '64', isPrimary: true }, ...grant, { name: 'revoked_at', type: 'bigint', isNullable: true }],
      }),
    );
    await queryRunner.createIndex('refresh_token', new TableIndex({ name: 'idx_refresh_token_family', columnNames: ['family_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'signing_key',
        columns: [
          { name: 'kid', type: 'varchar', length: '64', isPrimary: true },
          { name: 'public_jwk', type: 'varchar', length: '1000' },
          { name: 'private_key', type: 'varchar', length: '2000' },
          { name: 'created_at', type: 'bigint' },
          { name: 'retires_at', type: 'bigint', isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['signing_key', 'refresh_token', 'authorization_code', 'oauth_client', 'servant_link', 'platform_role', 'credential']) {
      await queryRunner.dropTable(table);
    }
  }
}
