import { Column, Entity, PrimaryColumn, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { DatabaseUnavailableError, openDatabase, parseDatabaseUrl } from '@egob/database';
import { createTestDatabase, type TestDatabase } from '@egob/test-kit';

@Entity({ name: 'thing' })
class ThingEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id: string;

  @Column({ type: 'varchar', length: 50 })
  label: string;
}

class CreateThing1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({ name: 'thing', columns: [
      { name: 'id', type: 'varchar', length: '10', isPrimary: true },
      { name: 'label', type: 'varchar', length: '50' },
    ] }));
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('thing');
  }
}

describe('openDatabase', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('database');
  });
  afterAll(() => db.drop());

  it('migrates, counts statements per tracked request and in total, and migrates only once', async () => {
    const database = await openDatabase({ url: db.url, entities: [ThingEntity], migrations: [CreateThing1700000000000] });
    const repo = database.dataSource.getRepository(ThingEntity);
    await repo.insert([{ id: 'a', label: 'uno' }, { id: 'b', label: 'dos' }]);
    const before = database.sql.total;
    const inRequest = await database.sql.track(async () => {
      await repo.findBy({ id: 'a' });
      await repo.count();
      return database.sql.current();
    });
    expect(inRequest).toBe(2);
    expect(database.sql.total - before).toBe(2);
    expect(database.sql.current()).toBe(0);
    await database.close();
    const again = await openDatabase({ url: db.url, entities: [ThingEntity], migrations: [CreateThing1700000000000] });
    expect(await again.dataSource.getRepository(ThingEntity).count()).toBe(2);
    await again.ping();
    await again.close();
  });
});

describe('database URLs', () => {
  it('parses SQLite and MySQL URLs and refuses others', () => {
    expect(parseDatabaseUrl('sqlite:.data/x.sqlite')).toEqual({ kind: 'sqlite', file: '.data/x.sqlite' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', file: ':memory:' });
    expect(parseDatabaseUrl('mysql://u:p@h:3306/egob_x')).toMatchObject({ kind: 'mysql', database: 'egob_x' });
    expect(() => parseDatabaseUrl('postgres://h/db')).toThrow('DATABASE_URL must start with sqlite: or mysql://');
    expect(() => parseDatabaseUrl('mysql://u@h:3306/')).toThrow('DATABASE_URL: mysql:// needs a database name');
  });

  it('fails with one line naming DATABASE_URL, without the password, when the server is unreachable', async () => {
    const error = await openDatabase({ url: 'mysql://egob:s3cret@127.0.0.1:1/egob_none', entities: [], migrations: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const message = (error as Error).message;
    expect(message).toMatch(/^cannot open the database of DATABASE_URL \(mysql:\/\/egob:…@127\.0\.0\.1:1\/egob_none\): /);
    expect(message).not.toContain('s3cret');
    expect(message.split('\n')).toHaveLength(1);
  });
});
