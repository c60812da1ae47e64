import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

/** A database made for one test file, and how to throw it away. */
export interface TestDatabase {
  /** DATABASE_URL for the code under test. */
  url: string;
  kind: 'sqlite' | 'mysql';
  drop(): Promise<void>;
}

/** Which database the suites run on: MariaDB when EGOB_TEST_DB=mysql (and MYSQL_URL is set), else SQLite. */
export function testDatabaseKind(): 'sqlite' | 'mysql' {
  return process.env.EGOB_TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
}

/**
 * Returns a fresh, empty database: a new SQLite file in a temp folder, or a new
 * database on the MariaDB server of MYSQL_URL (dropped by `drop`).
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const safe = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30);
  if (testDatabaseKind() === 'mysql') {
    const server = process.env.MYSQL_URL;
    if (!server) throw new Error('EGOB_TEST_DB=mysql needs MYSQL_URL (mysql://user:password@host:port)');
    const name = `egob_t_${safe}_${randomBytes(4).toString('hex')}`;
    const base = new URL(server);
    base.pathname = '';
    const connection = await createConnection(base.toString());
    try {
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    } finally {
      await connection.end();
    }
    const url = new URL(base.toString());
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'mysql',
      async drop() {
        const c = await createConnection(base.toString());
        try {
          await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
        } finally {
          await c.end();
        }
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), `egob-${safe}-`));
  return {
    url: `sqlite:${path.join(dir, `${safe}.sqlite`)}`,
    kind: 'sqlite',
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
