import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { parseDatabaseUrl, redactDatabaseUrl } from './database-url';
import { CountingOrmLogger, SqlCounter } from './sql-counter';

/** Thrown when the database of DATABASE_URL cannot be opened; its message is one line naming DATABASE_URL. */
export class DatabaseUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`cannot open the database of DATABASE_URL (${redactDatabaseUrl(url)}): ${reason.split('\n')[0]}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Options of openDatabase. */
export interface OpenDatabaseOptions {
  url: string;
  // eslint-style `Function` is what TypeORM itself accepts for entity and migration classes.
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Only for tests that build throw-away schemas; services always migrate. */
  synchronize?: boolean;
  /** Receives slow queries and query errors. */
  warn?: (message: string, details: Record<string, unknown>) => void;
  /** Queries slower than this are reported through `warn`. */
  slowQueryMs?: number;
}

/** An open, migrated database and its SQL statement counter. */
export interface Database {
  dataSource: DataSource;
  kind: 'sqlite' | 'mysql';
  sql: SqlCounter;
  /** Resolves when a trivial query answers (readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the database of `url` (a SQLite file, created with its folder, or a MySQL/MariaDB
 * database) and runs pending migrations; throws DatabaseUnavailableError when it cannot.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const target = parseDatabaseUrl(options.url);
  const sql = new SqlCounter();
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'egob_migrations',
    synchronize: options.synchronize ?? false,
    logger: new CountingOrmLogger(sql, options.warn ?? (() => undefined)),
    maxQueryExecutionTime: options.slowQueryMs ?? 500,
  };
  let dataSourceOptions: DataSourceOptions;
  if (target.kind === 'sqlite') {
    if (target.file !== ':memory:') mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    dataSourceOptions = {
      ...common,
      type: 'better-sqlite3',
      database: target.file,
      enableWAL: target.file !== ':memory:',
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
        db.pragma('synchronous = NORMAL');
      },
    };
  } else {
    dataSourceOptions = {
      ...common,
      type: 'mysql',
      url: target.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      poolSize: 10,
      connectTimeout: 5_000,
      supportBigNumbers: true,
      bigNumberStrings: true,
    };
  }
  const dataSource = new DataSource(dataSourceOptions);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnavailableError(options.url, error);
  }
  try {
    await dataSource.runMigrations({ transaction: target.kind === 'sqlite' ? 'each' : 'none' });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new Error(`migrations failed on DATABASE_URL (${redactDatabaseUrl(options.url)}): ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    dataSource,
    kind: target.kind,
    sql,
    async ping() {
      await dataSource.query('SELECT 1');
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
